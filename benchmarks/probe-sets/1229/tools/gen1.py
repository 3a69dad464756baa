"""p1229-1: Ninh Bình province portal, 2024 winter sweet corn under export contracts."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Ninh Bình
Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp

Ninh Bình: Gần 1.300 ha ngô ngọt sản xuất theo hợp đồng xuất khẩu

Cập nhật: 26/11/2024 08:30 | Lượt xem: 1.482

Năm 2024, toàn tỉnh Ninh Bình gieo trồng 1.285 ha ngô ngọt vụ đông, đạt 107% kế hoạch, tăng 14,6% so với năm 2023. Trong đó, diện tích liên kết sản xuất theo hợp đồng với doanh nghiệp chế biến xuất khẩu là 860 ha, chiếm 66,9%, tập trung ở các huyện Yên Mô (312 ha), Nho Quan (245 ha) và Yên Khánh (180 ha).

Công ty CP Chế biến nông sản xuất khẩu Tam Điệp là đơn vị bao tiêu chính. Công ty ký hợp đồng với 14 hợp tác xã, cung ứng giống ngô ngọt Sugar 75 và hỗ trợ 50% chi phí phân bón. Giá thu mua bắp tươi đạt chuẩn được cố định ở mức 4.200 đồng/kg, cao hơn khoảng 600 đồng/kg so với giá thị trường. Mỗi ngày nhà máy tiếp nhận từ 80 đến 100 tấn bắp; dự kiến cả vụ thu mua khoảng 9.500 tấn để chế biến ngô hạt đông lạnh, ngô ngọt đóng lon xuất khẩu sang Nhật Bản, Hàn Quốc.

Theo Sở Nông nghiệp và PTNT, năng suất ngô ngọt bình quân đạt 14,5 tấn/ha; sau khi trừ chi phí, mỗi ha cho lãi từ 25 đến 30 triệu đồng, gấp 2 lần trồng lúa. Tại xã Khánh Thủy, huyện Yên Khánh, nhiều hộ trồng hai vụ ngô ngọt liên tiếp trên cùng chân đất, thu nhập đạt khoảng 120 triệu đồng/ha/năm.

Thực hiện Kế hoạch số 215/KH-UBND, năm 2025 tỉnh phấn đấu nâng diện tích ngô ngọt liên kết xuất khẩu lên 1.200 ha, trong đó ít nhất 300 ha được cấp mã số vùng trồng.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LINK = "diện tích ngô ngọt liên kết sản xuất theo hợp đồng với doanh nghiệp chế biến xuất khẩu"

FIGS = [
    F("Gần 1.300 ha", "1.300", 1300, "measure", "ha", approx="nearly",
      subject="diện tích ngô ngọt sản xuất theo hợp đồng xuất khẩu"),
    F("gieo trồng 1.285 ha", "1.285", 1285, "measure", "ha", percent=107,
      change=C("increase", 14.6, "%", "năm 2023"),
      subject="diện tích ngô ngọt vụ đông gieo trồng", period=Y24),
    F("là 860 ha", "860", 860, "measure", "ha", total=1285, percent=66.9, subject=LINK, period=I(Y24)),
    F("Yên Mô (312 ha)", "312", 312, "measure", "ha", subject=LINK, period=I(Y24), location="Yên Mô"),
    F("Nho Quan (245 ha)", "245", 245, "measure", "ha", subject=LINK, period=I(Y24), location="Nho Quan"),
    F("Yên Khánh (180 ha)", "180", 180, "measure", "ha", subject=LINK, period=I(Y24), location="Yên Khánh"),
    F("với 14 hợp tác xã", "14", 14, "count", "hợp tác xã",
      subject="hợp tác xã ký hợp đồng bao tiêu ngô ngọt với công ty"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="tỷ lệ hỗ trợ chi phí phân bón"),
    F("mức 4.200 đồng/kg", "4.200", 4200, "money", "đồng/kg",
      change=C("increase", 600, "đồng/kg", "giá thị trường", approx="about"),
      subject="giá thu mua bắp tươi đạt chuẩn"),
    F("từ 80 đến 100 tấn", "80", 80, "measure", "tấn/ngày", value_max=100,
      subject="bắp ngô ngọt nhà máy tiếp nhận mỗi ngày"),
    F("khoảng 9.500 tấn", "9.500", 9500, "measure", "tấn", approx="about", status="forecast",
      subject="bắp ngô ngọt thu mua cả vụ"),
    F("đạt 14,5 tấn/ha", "14,5", 14.5, "measure", "tấn/ha",
      subject="năng suất ngô ngọt bình quân", period=I(Y24)),
    F("từ 25 đến 30 triệu", "25", 25000000, "money", "đồng/ha", value_max=30000000,
      change=C("increase", 2, "lần", "trồng lúa"),
      subject="lãi mỗi ha ngô ngọt sau khi trừ chi phí", period=I(Y24)),
    F("trồng hai vụ", "hai", 2, "count", "vụ", optional=True,
      subject="vụ ngô ngọt liên tiếp trên cùng chân đất", location="Yên Khánh"),
    F("khoảng 120 triệu", "120", 120000000, "money", "đồng/ha/năm", approx="about",
      subject="thu nhập của hộ trồng hai vụ ngô ngọt", location="Yên Khánh"),
    F("lên 1.200 ha", "1.200", 1200, "measure", "ha", status="target",
      subject="diện tích ngô ngọt liên kết xuất khẩu", period=Y25),
    F("ít nhất 300 ha", "300", 300, "measure", "ha", approx="at_least", status="target", total=1200,
      subject="diện tích ngô ngọt liên kết xuất khẩu được cấp mã số vùng trồng", period=Y25),
]

NOTES = [
    "Province portal (Ninh Bình): breadcrumb, 'Cập nhật: 26/11/2024 08:30 | Lượt xem: 1.482' (published 2024-11-26).",
    "Distractors: counter 1.482, time 08:30, variety name 'Sugar 75', 'Kế hoạch số 215/KH-UBND', company name 'Tam Điệp' (a city name in a company name: not a location).",
    "District list 312+245+180 = 737 does not add up to 860 and is introduced by 'tập trung ở': no total. 'gấp 2 lần trồng lúa' follows the profit figure: its change.",
    "'hai vụ' (cropping practice) optional. Company and yield figures without a period of their own; the yield/profit sentence inherits 'Năm 2024'.",
]

if __name__ == "__main__":
    write("p1229-1", TEXT, NOTES, FIGS, published="2024-11-26", location="Ninh Bình")
