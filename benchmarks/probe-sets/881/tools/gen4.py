"""p881-4: ministry site (Bộ NN&PTNT) - national gấc area, processing, exports, 2030 targets."""
from lib import F, write, period, year, change

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt - Bảo vệ thực vật
Ngày đăng: 21/03/2025 | Lượt xem: 1.147

Đưa cây gấc thành cây trồng hàng hóa giá trị cao

Tại Diễn đàn phát triển chuỗi giá trị gấc lần thứ 2 tổ chức ngày 20/3 ở Hà Nội, Cục Trồng trọt cho biết năm 2024 cả nước có khoảng 5.600 ha gấc, tăng 14% so với năm 2023, phân bố tại 38/63 tỉnh, thành phố. Các địa phương có diện tích lớn nhất lần lượt là Bắc Giang (412 ha), Đắk Lắk (380 ha), Gia Lai (356 ha) và Hải Dương (310 ha).

Sản lượng gấc quả năm 2024 đạt khoảng 142.000 tấn, trong đó trên 35% được đưa vào chế biến công nghiệp. Cả nước hiện có 27 doanh nghiệp và 64 hợp tác xã chế biến gấc với tổng công suất thiết kế trên 60.000 tấn/năm. Các sản phẩm chính gồm dầu gấc, viên nang dầu gấc, bột gấc, xôi gấc đông lạnh và nước ép gấc; đã có 112 sản phẩm từ gấc đạt chứng nhận OCOP từ 3 sao trở lên.

Năm 2024, kim ngạch xuất khẩu các sản phẩm từ gấc ước đạt 48,5 triệu USD, tăng 18,7% so với năm 2023; trong đó dầu gấc chiếm khoảng 62%. Giá dầu gấc nguyên chất xuất khẩu bình quân 85-95 USD/lít. Nhật Bản, Hoa Kỳ và Hàn Quốc là ba thị trường lớn nhất, chiếm lần lượt 36%, 21% và 14% kim ngạch.

Theo Đề án phát triển cây đặc sản ban hành kèm Quyết định số 376/QĐ-BNN-TT, mục tiêu đến năm 2030 diện tích gấc cả nước đạt 10.000 ha, tỷ lệ sản lượng được chế biến sâu đạt 60% và kim ngạch xuất khẩu đạt 120 triệu USD/năm.

Cổng Thông tin điện tử Bộ Nông nghiệp và PTNT - Số 2 Ngọc Hà, Ba Đình, Hà Nội - ĐT: 024.3846.8161
"""

Y24 = year(2024)
Y24i = year(2024, inherited=True)
Y24n = year(2024, "Năm 2024")
Y24ni = year(2024, "Năm 2024", inherited=True)
T30 = period("đến năm 2030", None, "2030-12-31")
EXP = "tỷ trọng kim ngạch xuất khẩu sản phẩm từ gấc sang"

FIGS = [
    F("khoảng 5.600 ha", "5.600", 5600, "measure", "ha", "diện tích gấc", Y24, approx="about",
      change=change("increase", 14, "%", "năm 2023")),
    F("38/63 tỉnh", "38", 38, "count", "tỉnh, thành phố", "tỉnh, thành phố có trồng gấc", Y24, total=63),
    F("Bắc Giang (412 ha)", "412", 412, "measure", "ha", "diện tích gấc", Y24i, location="Bắc Giang"),
    F("Đắk Lắk (380 ha)", "380", 380, "measure", "ha", "diện tích gấc", Y24i, location="Đắk Lắk"),
    F("Gia Lai (356 ha)", "356", 356, "measure", "ha", "diện tích gấc", Y24i, location="Gia Lai"),
    F("Hải Dương (310 ha)", "310", 310, "measure", "ha", "diện tích gấc", Y24i, location="Hải Dương"),
    F("khoảng 142.000 tấn", "142.000", 142000, "measure", "tấn", "sản lượng gấc quả", Y24, approx="about"),
    F("trên 35%", "35", 35, "percent", "%", "sản lượng gấc được đưa vào chế biến công nghiệp", Y24, approx="over"),
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp chế biến gấc"),
    F("và 64 hợp tác xã", "64", 64, "count", "hợp tác xã", "hợp tác xã chế biến gấc"),
    F("trên 60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", "tổng công suất thiết kế chế biến gấc",
      approx="over"),
    F("có 112 sản phẩm", "112", 112, "count", "sản phẩm", "sản phẩm từ gấc đạt chứng nhận OCOP từ 3 sao trở lên"),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng OCOP", approx="at_least", optional=True),
    F("ước đạt 48,5 triệu USD", "48,5", 48.5e6, "money", "USD", "kim ngạch xuất khẩu các sản phẩm từ gấc", Y24n,
      status="estimate", change=change("increase", 18.7, "%", "năm 2023")),
    F("chiếm khoảng 62%", "62", 62, "percent", "%", "dầu gấc trong kim ngạch xuất khẩu sản phẩm từ gấc", Y24n,
      approx="about", status="estimate"),
    F("85-95 USD/lít", "85", 85, "money", "USD/lít", "giá dầu gấc nguyên chất xuất khẩu bình quân", Y24ni,
      value_max=95),
    F("là ba thị trường", "ba", 3, "count", "thị trường", "thị trường lớn nhất", Y24ni, optional=True),
    F("lần lượt 36%", "36", 36, "percent", "%", f"{EXP} Nhật Bản", Y24ni),
    F("36%, 21%", "21", 21, "percent", "%", f"{EXP} Hoa Kỳ", Y24ni),
    F("và 14% kim ngạch", "14", 14, "percent", "%", f"{EXP} Hàn Quốc", Y24ni),
    F("đạt 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích gấc", T30, status="target"),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ sản lượng gấc được chế biến sâu", T30, status="target"),
    F("đạt 120 triệu USD/năm", "120", 120e6, "money", "USD/năm", "kim ngạch xuất khẩu sản phẩm từ gấc", T30,
      status="target"),
]

NOTES = [
    "Bộ NN&PTNT: cây gấc cả nước năm 2024 - diện tích, chế biến, xuất khẩu, mục tiêu 2030. Location Việt Nam.",
    "Province list after 'lần lượt là' -> each item located at its province, subject diện tích gấc, period inherited.",
    "Market shares 36/21/14% are percent figures of Việt Nam (trading partners are not places of the figure).",
    "'dầu gấc chiếm khoảng 62%' continues the 'ước đạt' clause after '; trong đó' -> estimate.",
    "'từ 3 sao trở lên' (class threshold) and 'ba thị trường lớn nhất' (a top-N label) are optional.",
    "Distractors: lần thứ 2, ngày 20/3, Quyết định số 376/QĐ-BNN-TT, Số 2 Ngọc Hà, 024.3846.8161, Lượt xem 1.147.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2025-03-21", location="Việt Nam")
