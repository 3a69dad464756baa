"""p1506-1: province portal (Bắc Ninh): liquid cleaning products output 9 months 2024, a plant in thị xã Quế Võ."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức > Kinh tế - Công nghiệp

Sản lượng chất tẩy rửa dạng lỏng 9 tháng tăng hơn 8%

Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.862

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng chất tẩy rửa dạng lỏng trên địa bàn tỉnh ước đạt 86,7 nghìn tấn, tăng 8,3% so với cùng kỳ năm 2023, bằng 71,2% kế hoạch năm. Trong đó, nước rửa chén 38,4 nghìn tấn, nước lau sàn 21,9 nghìn tấn, nước giặt và các sản phẩm khác 26,4 nghìn tấn.

Toàn tỉnh hiện có 14 doanh nghiệp sản xuất chất tẩy rửa gia dụng, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng khoảng 3.400 lao động, thu nhập bình quân 9,8 triệu đồng/người/tháng.

Tại Khu công nghiệp Quế Võ II, thị xã Quế Võ, nhà máy của Công ty TNHH Hóa phẩm Kinh Bắc trong 9 tháng sản xuất 27.500 tấn nước rửa chén và nước lau sàn, chiếm 31,7% sản lượng toàn tỉnh. Công ty đang lắp đặt thêm hai dây chuyền chiết rót, mỗi dây chuyền công suất 4.800 chai/giờ, với tổng vốn đầu tư khoảng 120 tỷ đồng.

Kim ngạch xuất khẩu chất tẩy rửa gia dụng 9 tháng ước đạt 64,5 triệu USD, tăng 12,6% so với cùng kỳ; trong đó thị trường Philippines 14,2 triệu USD.

Quý IV, ngành công thương phấn đấu sản xuất thêm khoảng 35 nghìn tấn, đưa sản lượng cả năm lên trên 121 nghìn tấn. Sở Công Thương đề nghị các doanh nghiệp thực hiện nghiêm Nghị định số 113/2017/NĐ-CP về quản lý hóa chất, bảo đảm an toàn phòng cháy tại kho chứa.

Tin liên quan:
- Hội nghị đối thoại doanh nghiệp quý III/2024
- Khai mạc Hội chợ Công Thương vùng Đồng bằng sông Hồng năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
QV = "Quế Võ"

FIGS = [
    fig("tăng hơn 8%", "8", 8, "percent", "%", approx="over",
        subject="sản lượng chất tẩy rửa dạng lỏng", period=NINE_S),
    fig("ước đạt 86,7 nghìn", "86,7", 86700, "measure", "tấn", status="estimate", percent=71.2,
        change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"),
        subject="sản lượng chất tẩy rửa dạng lỏng", period=NINE),
    fig("nước rửa chén 38,4 nghìn", "38,4", 38400, "measure", "tấn", total=86700, status="estimate",
        subject="sản lượng nước rửa chén", period=inh(NINE)),
    fig("nước lau sàn 21,9 nghìn", "21,9", 21900, "measure", "tấn", total=86700, status="estimate",
        subject="sản lượng nước lau sàn", period=inh(NINE)),
    fig("khác 26,4 nghìn", "26,4", 26400, "measure", "tấn", total=86700, status="estimate",
        subject="sản lượng nước giặt và các sản phẩm khác", period=inh(NINE)),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất chất tẩy rửa gia dụng"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 3.400 lao động", "3.400", 3400, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất chất tẩy rửa gia dụng sử dụng"),
    fig("bình quân 9,8 triệu", "9,8", 9.8e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("sản xuất 27.500 tấn", "27.500", 27500, "measure", "tấn", percent=31.7,
        subject="nước rửa chén và nước lau sàn nhà máy của Công ty TNHH Hóa phẩm Kinh Bắc sản xuất",
        period=NINE_S, location=QV),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền chiết rót công ty lắp đặt thêm", location=QV),
    fig("công suất 4.800 chai/giờ", "4.800", 4800, "measure", "chai/giờ",
        subject="công suất mỗi dây chuyền chiết rót", location=QV),
    fig("khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dây chuyền chiết rót", location=QV),
    fig("ước đạt 64,5 triệu", "64,5", 64.5e6, "money", "USD", status="estimate",
        change=chg("increase", 12.6, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu chất tẩy rửa gia dụng", period=NINE_S),
    fig("Philippines 14,2 triệu", "14,2", 14.2e6, "money", "USD", total=64.5e6, status="estimate",
        subject="kim ngạch xuất khẩu chất tẩy rửa gia dụng sang thị trường Philippines", period=NINE_S),
    fig("thêm khoảng 35 nghìn", "35", 35000, "measure", "tấn", approx="about", status="target",
        subject="sản lượng chất tẩy rửa sản xuất thêm", period=Q4),
    fig("trên 121 nghìn", "121", 121000, "measure", "tấn", approx="over", status="target",
        subject="sản lượng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Bắc Ninh): liquid cleaning products 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, 'Khu công nghiệp Quế Võ II', Nghị định số 113/2017/NĐ-CP, 'quý III/2024' and 'năm 2024' in link titles.",
    "Headline 'tăng hơn 8%' is a growth rate as the claim: percent, over, no change; no cue in the headline, so actual.",
    "'Trong đó' parts after a sentence break take the whole 86,7 nghìn tấn (38,4 + 21,9 + 26,4 = 86,7) and its status (ước đạt).",
    "The plant in thị xã Quế Võ: its 4 figures located in Quế Võ. 'trong đó thị trường Philippines' after ';' takes 64,5 triệu USD; a trade partner is no place.",
    "'Quý IV' and 'cả năm' without a year take 2024; 'phấn đấu' governs both clauses of its sentence.",
]

if __name__ == "__main__":
    write("p1506-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Bắc Ninh")
