"""p1510-1: province portal (Hưng Yên): wet wipes and cotton swabs output 9 months 2024, a factory in Yên Mỹ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Kinh tế

Sản xuất khăn ướt 9 tháng tăng gần 12%

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Công Thương, 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh sản xuất khoảng 186 triệu gói khăn ướt, tăng 11,8% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, khăn ướt trẻ em 104 triệu gói, khăn ướt người lớn 58 triệu gói, khăn ướt kháng khuẩn dùng trong y tế 24 triệu gói. Với sản lượng này, Hưng Yên đứng thứ ba cả nước về sản xuất khăn ướt.

Sản lượng tăm bông đạt 2,35 tỷ que, tăng 6,4%; riêng quý III đạt 840 triệu que.

Toàn tỉnh hiện có 14 doanh nghiệp sản xuất khăn ướt và 9 cơ sở sản xuất tăm bông, sử dụng trên 3.100 lao động, thu nhập bình quân 8,6 triệu đồng/người/tháng.

Tại Khu công nghiệp Yên Mỹ II (huyện Yên Mỹ), Công ty TNHH Hóa phẩm Minh Khang vận hành 12 dây chuyền khăn ướt, công suất 90 triệu gói/năm. 9 tháng qua, công ty xuất khẩu 31 triệu gói sang Nhật Bản và Hàn Quốc, chiếm 42% sản lượng của công ty, kim ngạch đạt 6,8 triệu USD. Công ty đang đầu tư thêm hai dây chuyền khăn ướt dạng hộp với tổng vốn khoảng 75 tỷ đồng, dự kiến vận hành từ quý I/2025.

Quý IV, Sở Công Thương phấn đấu đưa sản lượng khăn ướt cả năm đạt trên 245 triệu gói; đến năm 2025 có ít nhất 3 sản phẩm khăn ướt, tăm bông đạt chứng nhận OCOP 4 sao. Sở cũng tăng cường kiểm tra việc ghi nhãn hàng hóa theo Nghị định số 43/2017/NĐ-CP.

Tin liên quan:
- Hưng Yên: Khai mạc Hội chợ hàng công nghiệp nông thôn tiêu biểu năm 2024
- Thu hút đầu tư vào các khu công nghiệp 9 tháng đầu năm
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_Q = per("9 tháng qua", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
YM = "Yên Mỹ"
WHOLE = 186e6

FIGS = [
    fig("tăng gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="sản xuất khăn ướt", period=NINE_H),
    fig("khoảng 186 triệu gói", "186", WHOLE, "count", "gói", approx="about", percent=76.2,
        change=chg("increase", 11.8, "%", "cùng kỳ năm 2023"),
        subject="khăn ướt các doanh nghiệp trên địa bàn tỉnh sản xuất", period=NINE),
    fig("trẻ em 104 triệu", "104", 104e6, "count", "gói", total=WHOLE,
        subject="khăn ướt trẻ em", period=inh(NINE)),
    fig("người lớn 58 triệu", "58", 58e6, "count", "gói", total=WHOLE,
        subject="khăn ướt người lớn", period=inh(NINE)),
    fig("y tế 24 triệu", "24", 24e6, "count", "gói", total=WHOLE,
        subject="khăn ướt kháng khuẩn dùng trong y tế", period=inh(NINE)),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="sản xuất khăn ướt", period=inh(NINE)),
    fig("đạt 2,35 tỷ", "2,35", 2.35e9, "count", "que", change=chg("increase", 6.4, "%"),
        subject="sản lượng tăm bông", period=inh(NINE)),
    fig("đạt 840 triệu", "840", 840e6, "count", "que", subject="sản lượng tăm bông", period=Q3),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất khăn ướt"),
    fig("và 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở sản xuất tăm bông"),
    fig("trên 3.100 lao động", "3.100", 3100, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp, cơ sở sử dụng"),
    fig("bình quân 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("vận hành 12 dây chuyền", "12", 12, "count", "dây chuyền",
        subject="dây chuyền khăn ướt Công ty TNHH Hóa phẩm Minh Khang vận hành", location=YM),
    fig("suất 90 triệu", "90", 90e6, "measure", "gói/năm", subject="công suất dây chuyền khăn ướt của công ty",
        location=YM),
    fig("xuất khẩu 31 triệu", "31", 31e6, "count", "gói", percent=42,
        subject="khăn ướt công ty xuất khẩu sang Nhật Bản và Hàn Quốc", period=NINE_Q, location=YM),
    fig("đạt 6,8 triệu", "6,8", 6.8e6, "money", "USD", subject="kim ngạch xuất khẩu của công ty",
        period=NINE_Q, location=YM),
    fig("thêm hai dây chuyền", "hai", 2, "count", "dây chuyền",
        subject="dây chuyền khăn ướt dạng hộp công ty đầu tư thêm", location=YM),
    fig("khoảng 75 tỷ", "75", 75e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dây chuyền khăn ướt dạng hộp", location=YM),
    fig("trên 245 triệu", "245", 245e6, "count", "gói", approx="over", status="target",
        subject="sản lượng khăn ướt cả năm", period=YEAR),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm khăn ướt, tăm bông đạt chứng nhận OCOP 4 sao", period=T25),
]

NOTES = [
    "Province portal (Hưng Yên): banner, breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'Khu công nghiệp Yên Mỹ II', 'quý I/2025', 'OCOP 4 sao', Nghị định số 43/2017/NĐ-CP,",
    "'năm 2024' and '9 tháng đầu năm' in related-link titles.",
    "Headline 'tăng gần 12%' is a growth rate as the claim (percent, nearly) with the headline period '9 tháng' (year of published).",
    "'Trong đó' parts after a sentence break take total 186 triệu gói (they add up: 104+58+24); period inherited.",
    "'đứng thứ ba cả nước' → rank 3 in Hưng Yên; '2,35 tỷ que' has its period only in the first paragraph (inherited).",
    "'riêng quý III đạt 840 triệu que': 'riêng' is not a part cue → no total. Gói and que are counts.",
    "Company passage in huyện Yên Mỹ → location Yên Mỹ; '9 tháng qua' = 2024-01-01..2024-09-30; 'chiếm 42%' → percent attribute.",
    "'dự kiến vận hành từ quý I/2025' stands last and holds no figure: the investment figures stay actual.",
    "'phấn đấu' governs both clauses of the last sentence (target); 'cả năm' = 2024; 'đến năm 2025' start null.",
]

if __name__ == "__main__":
    write("p1510-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Yên")
