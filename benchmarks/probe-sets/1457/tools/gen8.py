"""p1457-8: radio/TV site (Đài PT-TH Hưng Yên): bolts, nuts and metal parts for vehicle assembly, 5 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HƯNG YÊN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh | Truyền hình trực tiếp

Doanh nghiệp linh kiện kim khí tăng tốc từ đầu năm

Đăng lúc: 05/06/2024 18:30 | Phóng viên: Minh Tuấn - Quang Huy

(HYTV) - 5 tháng đầu năm 2024, các doanh nghiệp sản xuất bu lông, ốc vít, linh kiện kim khí trên địa bàn tỉnh Hưng Yên đạt doanh thu khoảng 3.150 tỷ đồng, tăng 14,6% so với cùng kỳ; trong đó doanh thu xuất khẩu chiếm 35,2%.

Tại Công ty TNHH Linh kiện Kim khí Thái Sơn (KCN Phố Nối A, thị xã Mỹ Hào), mỗi tháng có khoảng 45 triệu sản phẩm bu lông, đai ốc, vít cấy được xuất xưởng, cung ứng cho 6 nhà máy lắp ráp xe máy, ô tô trong nước. Tỷ lệ sản phẩm lỗi được kiểm soát dưới 0,3%. Bà Phạm Thị Thu Trang, Phó Giám đốc công ty, cho biết đơn hàng quý II tăng 18% so với quý I, công ty đã tuyển thêm 60 lao động, nâng tổng số lên 520 người.

Theo Sở Công Thương, toàn tỉnh có 37 doanh nghiệp trong lĩnh vực này, thu hút hơn 8.000 lao động; tỷ lệ nội địa hóa linh kiện kim khí cho xe máy đạt khoảng 85%, cho ô tô mới đạt 20-25%. Hưng Yên phấn đấu đến năm 2025 có ít nhất 10 doanh nghiệp tham gia chuỗi cung ứng của các tập đoàn đa quốc gia; giai đoạn 2021-2025, giá trị sản xuất công nghiệp hỗ trợ tăng bình quân 12-15%/năm.

Xem thêm:
- Bản tin Thời sự 19h ngày 05/06/2024
- Hưng Yên thu hút thêm dự án đầu tư mới vào KCN Thăng Long II

Đài Phát thanh và Truyền hình Hưng Yên - Số 275, đường Nguyễn Văn Linh, TP Hưng Yên
Đường dây nóng: 0221.3862.535
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
G = per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
MH, HY = "Mỹ Hào", "Hưng Yên"

FIGS = [
    fig("khoảng 3.150 tỷ", "3.150", 3150e9, "money", "đồng", approx="about",
        change=chg("increase", 14.6, "%", "cùng kỳ"),
        subject="doanh thu các doanh nghiệp sản xuất bu lông, ốc vít, linh kiện kim khí", period=M5),
    fig("chiếm 35,2%", "35,2", 35.2, "percent", "%", subject="doanh thu xuất khẩu", period=M5),
    fig("khoảng 45 triệu", "45", 45e6, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm bu lông, đai ốc, vít cấy xuất xưởng mỗi tháng", location=MH),
    fig("cho 6 nhà máy", "6", 6, "count", "nhà máy", subject="nhà máy lắp ráp xe máy, ô tô được cung ứng",
        location=MH),
    fig("dưới 0,3%", "0,3", 0.3, "percent", "%", approx="under", subject="tỷ lệ sản phẩm lỗi", location=MH),
    fig("tăng 18%", "18", 18, "percent", "%", subject="đơn hàng quý II so với quý I", period=Q2, location=MH),
    fig("thêm 60 lao động", "60", 60, "count", "lao động", subject="lao động công ty tuyển thêm", location=MH),
    fig("lên 520 người", "520", 520, "count", "người", subject="tổng số lao động của công ty", location=MH),
    fig("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", subject="doanh nghiệp trong lĩnh vực này"),
    fig("hơn 8.000 lao động", "8.000", 8000, "count", "lao động", approx="over", subject="lao động thu hút"),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="tỷ lệ nội địa hóa linh kiện kim khí cho xe máy"),
    fig("đạt 20-25%", "20", 20, "percent", "%", value_max=25,
        subject="tỷ lệ nội địa hóa linh kiện kim khí cho ô tô"),
    fig("ít nhất 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp tham gia chuỗi cung ứng của các tập đoàn đa quốc gia", period=T25),
    fig("bình quân 12-15%", "12", 12, "percent", "%", value_max=15, status="target",
        subject="giá trị sản xuất công nghiệp hỗ trợ tăng bình quân mỗi năm", period=G),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hưng Yên): menu, 'Đăng lúc: 05/06/2024 18:30 | Phóng viên: …' (published), tag '(HYTV) -', 'Xem thêm' links, footer.",
    "Default location Hưng Yên; the company's figures (KCN Phố Nối A, thị xã Mỹ Hào) → Mỹ Hào.",
    "3.150 tỷ with change 14,6% (so với cùng kỳ); 'trong đó doanh thu xuất khẩu chiếm 35,2%' has no base amount: a percent figure of its own (no total).",
    "'mỗi tháng … khoảng 45 triệu sản phẩm' → rate sản phẩm/tháng. 'đơn hàng quý II tăng 18% so với quý I' → growth rate as the claim; quý II takes 2024.",
    "'tuyển thêm 60 lao động, nâng tổng số lên 520 người': two counts ('tuyển thêm' is no change cue in the spec).",
    "'phấn đấu đến năm 2025 … ít nhất 10 doanh nghiệp; giai đoạn 2021-2025, … tăng bình quân 12-15%/năm' → target for both clauses.",
    "Distractors: 05/06/2024 18:30, 'Bản tin Thời sự 19h', 'KCN Thăng Long II' in a link title, 'Số 275, đường …', 0221.3862.535.",
]

if __name__ == "__main__":
    write("p1457-8", TEXT, NOTES, FIGS, published="2024-06-05", location=HY)
