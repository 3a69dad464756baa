"""p1218-8: provincial newspaper online (Báo Bắc Ninh, (BNO)): appliance plants in KCN recruit after Tết 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC NINH ĐIỆN TỬ
Kinh tế | Xã hội | Văn hóa | Thể thao

Các nhà máy gia dụng cần tuyển hơn 3.000 lao động sau Tết

Thứ Ba, 20/02/2024 - 15:20

(BNO) - Sau kỳ nghỉ Tết Nguyên đán Giáp Thìn, 100% doanh nghiệp sản xuất, lắp ráp quạt điện và đồ gia dụng tại các KCN Quế Võ, Yên Phong, Thuận Thành II đã hoạt động trở lại; tỷ lệ lao động quay lại làm việc đạt 97,6%.

Theo Ban Quản lý các KCN tỉnh, trong quý I, 14 doanh nghiệp trong ngành có nhu cầu tuyển dụng 3.250 lao động, trong đó khoảng 2.600 lao động phổ thông, 650 kỹ thuật viên và cán bộ quản lý. Mức lương khởi điểm phổ biến từ 5,2 đến 6,5 triệu đồng/tháng, cao hơn năm 2023 khoảng 300.000 đồng.

Tại Công ty TNHH Gia dụng Hoàng Long (KCN Quế Võ, thị xã Quế Võ), 8 tổ sản xuất đã vào ca ngay từ mùng 8 Tết. Năm 2024, công ty đặt mục tiêu sản xuất 900.000 quạt điện và 350.000 máy lọc không khí, tăng lần lượt 15% và 25% so với năm 2023. Công ty hỗ trợ mỗi công nhân quay lại làm việc đúng hẹn 1 triệu đồng và tặng vé xe cho người lao động ở xa.

Năm 2023, các doanh nghiệp điện gia dụng trong các KCN của tỉnh Bắc Ninh đạt giá trị xuất khẩu 1,15 tỷ USD, chiếm khoảng 2,4% kim ngạch xuất khẩu toàn tỉnh. Đây là lần thứ hai nhóm ngành này vượt mốc 1 tỷ USD.

Thu Hà
"""

Q1 = P("trong quý I", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
QV = "Quế Võ"
NEED = "nhu cầu tuyển dụng lao động của doanh nghiệp trong ngành"

FIGS = [
    F("hơn 3.000 lao động", "3.000", 3000, "count", "lao động", approx="over",
      subject="lao động các nhà máy gia dụng cần tuyển"),
    F("100% doanh nghiệp", "100", 100, "percent", "%",
      subject="doanh nghiệp sản xuất, lắp ráp quạt điện và đồ gia dụng hoạt động trở lại"),
    F("đạt 97,6%", "97,6", 97.6, "percent", "%", subject="tỷ lệ lao động quay lại làm việc"),
    F("14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
      subject="doanh nghiệp trong ngành có nhu cầu tuyển dụng", period=Q1),
    F("tuyển dụng 3.250 lao động", "3.250", 3250, "count", "lao động", subject=NEED, period=Q1),
    F("khoảng 2.600 lao động", "2.600", 2600, "count", "lao động", approx="about", total=3250,
      subject="nhu cầu tuyển dụng lao động phổ thông", period=Q1),
    F("650 kỹ thuật viên", "650", 650, "count", "kỹ thuật viên", total=3250,
      subject="nhu cầu tuyển dụng kỹ thuật viên và cán bộ quản lý", period=Q1),
    F("từ 5,2 đến 6,5 triệu", "5,2", 5.2e6, "money", "đồng/tháng", value_max=6.5e6,
      change=C("increase", 300000, "đồng", "năm 2023", approx="about"),
      subject="mức lương khởi điểm phổ biến", period=I(Q1)),
    F("8 tổ sản xuất", "8", 8, "count", "tổ sản xuất", subject="tổ sản xuất đã vào ca", location=QV),
    F("sản xuất 900.000 quạt", "900.000", 900000, "count", "quạt điện", status="target",
      change=C("increase", 15, "%", "năm 2023"), subject="quạt điện công ty sản xuất", period=Y24, location=QV),
    F("và 350.000 máy", "350.000", 350000, "count", "máy lọc không khí", status="target",
      change=C("increase", 25, "%", "năm 2023"), subject="máy lọc không khí công ty sản xuất", period=Y24,
      location=QV),
    F("đúng hẹn 1 triệu", "1", 1e6, "money", "đồng/công nhân",
      subject="hỗ trợ mỗi công nhân quay lại làm việc đúng hẹn", location=QV),
    F("khẩu 1,15 tỷ USD", "1,15", 1.15e9, "money", "USD", percent=2.4,
      subject="giá trị xuất khẩu của các doanh nghiệp điện gia dụng trong các KCN", period=Y23),
    F("vượt mốc 1 tỷ USD", "1", 1e9, "money", "USD", approx="over", optional=True,
      subject="mốc giá trị xuất khẩu"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Ninh): headline figure, 'Thứ Ba, 20/02/2024 - 15:20' (published), tag '(BNO) -', byline 'Thu Hà'.",
    "Default location Bắc Ninh; the company passage names thị xã Quế Võ -> Quế Võ for its figures (8 tổ, targets, 1 triệu support).",
    "The KCN list 'Quế Võ, Yên Phong, Thuận Thành II' names zones, so the 100% / 97,6% stay provincial.",
    "'trong quý I' takes 2024 from the dateline. 2.600 and 650 are parts of 3.250 after 'trong đó'.",
    "'cao hơn năm 2023 khoảng 300.000 đồng' is the change of the wage range. 'tăng lần lượt 15% và 25%' gives one change to each target.",
    "'vượt mốc 1 tỷ USD' is a threshold (optional). Distractors: 15:20, 'mùng 8 Tết', 'Giáp Thìn', 'Thuận Thành II', 'lần thứ hai'.",
]

if __name__ == "__main__":
    write("p1218-8", TEXT, NOTES, FIGS, published="2024-02-20", location="Bắc Ninh")
