"""p1242-1: province portal (Thừa Thiên Huế): beer output 9 months 2024, a brewery in Hương Thủy."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Sản lượng bia 9 tháng ước đạt hơn 212 triệu lít

Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.417

Theo Sở Công Thương, 9 tháng đầu năm 2024, sản lượng bia các loại trên địa bàn tỉnh Thừa Thiên Huế ước đạt 212,4 triệu lít, tăng 6,8% so với cùng kỳ năm 2023, bằng 74,5% kế hoạch năm. Trong đó, bia lon 121,6 triệu lít, bia chai 68,3 triệu lít, bia hơi và bia tươi 22,5 triệu lít.

Chỉ số sản xuất ngành sản xuất đồ uống 9 tháng tăng 5,2%, đóng góp khoảng 1,1 điểm phần trăm vào mức tăng chung của chỉ số sản xuất công nghiệp toàn tỉnh.

Hiện toàn tỉnh có 3 nhà máy sản xuất bia với tổng công suất thiết kế 390 triệu lít/năm, sử dụng khoảng 1.150 lao động, thu nhập bình quân 11,2 triệu đồng/người/tháng.

Tại Khu công nghiệp Phú Bài giai đoạn IV, thị xã Hương Thủy, nhà máy bia của Công ty TNHH Bia Hương Giang trong 9 tháng sản xuất 148 triệu lít, chiếm 69,7% sản lượng toàn tỉnh. Công ty đang đầu tư thêm một dây chuyền chiết lon công suất 60.000 lon/giờ với tổng vốn 280 tỷ đồng. Từ đầu năm đến nay, công ty nộp ngân sách 1.320 tỷ đồng, tăng 9,4% so với cùng kỳ.

Thu ngân sách từ hoạt động sản xuất bia 9 tháng ước đạt 2.140 tỷ đồng, chiếm khoảng 28% tổng thu nội địa của tỉnh.

Quý IV, ngành công thương phấn đấu sản xuất thêm 72 triệu lít bia, đưa sản lượng cả năm lên khoảng 285 triệu lít. Sở Công Thương tiếp tục phối hợp với Công an tỉnh tuyên truyền thực hiện Nghị định số 100/2019/NĐ-CP về xử phạt vi phạm nồng độ cồn; lần thứ 2 tổ chức Hội chợ hàng công nghiệp nông thôn tiêu biểu có khu gian hàng bia thủ công.

Tin liên quan:
- Huế: Hội nghị kết nối cung cầu hàng hóa năm 2024
- Khởi công Nhà máy nước giải khát tại Khu công nghiệp Phong Điền
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
HT = "Hương Thủy"

FIGS = [
    fig("ước đạt hơn 212 triệu", "212", 212e6, "measure", "lít", approx="over", status="estimate",
        subject="sản lượng bia", period=NINE_SHORT),
    fig("ước đạt 212,4 triệu", "212,4", 212.4e6, "measure", "lít", status="estimate", percent=74.5,
        change=chg("increase", 6.8, "%", "cùng kỳ năm 2023"),
        subject="sản lượng bia các loại", period=NINE),
    fig("bia lon 121,6 triệu", "121,6", 121.6e6, "measure", "lít", total=212.4e6, status="estimate",
        subject="sản lượng bia lon", period=inh(NINE)),
    fig("bia chai 68,3 triệu", "68,3", 68.3e6, "measure", "lít", total=212.4e6, status="estimate",
        subject="sản lượng bia chai", period=inh(NINE)),
    fig("bia tươi 22,5 triệu", "22,5", 22.5e6, "measure", "lít", total=212.4e6, status="estimate",
        subject="sản lượng bia hơi và bia tươi", period=inh(NINE)),
    fig("tăng 5,2%", "5,2", 5.2, "percent", "%",
        subject="chỉ số sản xuất ngành sản xuất đồ uống", period=NINE_SHORT),
    fig("khoảng 1,1 điểm", "1,1", 1.1, "measure", "điểm phần trăm", approx="about",
        subject="mức đóng góp của ngành sản xuất đồ uống vào mức tăng chỉ số sản xuất công nghiệp",
        period=NINE_SHORT),
    fig("có 3 nhà máy", "3", 3, "count", "nhà máy", subject="nhà máy sản xuất bia"),
    fig("thiết kế 390 triệu", "390", 390e6, "measure", "lít/năm",
        subject="tổng công suất thiết kế của các nhà máy sản xuất bia"),
    fig("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động", approx="about",
        subject="lao động các nhà máy sản xuất bia sử dụng"),
    fig("bình quân 11,2 triệu", "11,2", 11.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động các nhà máy bia"),
    fig("sản xuất 148 triệu", "148", 148e6, "measure", "lít", percent=69.7,
        subject="sản lượng bia nhà máy của Công ty TNHH Bia Hương Giang sản xuất", period=NINE_SHORT,
        location=HT),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền",
        subject="dây chuyền chiết lon công ty đầu tư thêm", location=HT),
    fig("60.000 lon/giờ", "60.000", 60000, "measure", "lon/giờ",
        subject="công suất dây chuyền chiết lon", location=HT),
    fig("vốn 280 tỷ", "280", 280e9, "money", "đồng",
        subject="tổng vốn đầu tư dây chuyền chiết lon", location=HT),
    fig("ngân sách 1.320 tỷ", "1.320", 1320e9, "money", "đồng",
        change=chg("increase", 9.4, "%", "cùng kỳ"),
        subject="nộp ngân sách của công ty", period=YTD, location=HT),
    fig("ước đạt 2.140 tỷ", "2.140", 2140e9, "money", "đồng", status="estimate", percent=28,
        subject="thu ngân sách từ hoạt động sản xuất bia", period=NINE_SHORT),
    fig("thêm 72 triệu", "72", 72e6, "measure", "lít", status="target",
        subject="sản lượng bia sản xuất thêm", period=Q4),
    fig("khoảng 285 triệu", "285", 285e6, "measure", "lít", approx="about", status="target",
        subject="sản lượng bia cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Thừa Thiên Huế): beer output 9 months 2024; breadcrumb, 'Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.417'.",
    "Distractors: 14:20, Lượt xem 2.417, 'Khu công nghiệp Phú Bài giai đoạn IV', Nghị định số 100/2019/NĐ-CP, 'lần thứ 2', 'năm 2024' in a related link.",
    "Headline '9 tháng ... hơn 212 triệu lít' is its own figure (estimate, over); year-less '9 tháng' takes 2024 (published / nearest earlier date).",
    "'Trong đó' parts after a sentence break: total = 212,4 triệu lít; status estimate carried from the whole ('ước đạt'); period inherited.",
    "The brewery passage in thị xã Hương Thủy: location Hương Thủy for its 5 figures; 'Từ đầu năm đến nay' ends at the dateline 2024-10-08.",
    "'Quý IV' (year-less) → 2024; 'phấn đấu' governs both clauses of that sentence (target).",
]

if __name__ == "__main__":
    write("p1242-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Thừa Thiên Huế")
