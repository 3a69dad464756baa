"""p1125-5: Party newspaper (Báo Bình Định): areca in huyện Hoài Ân, a household in xã Ân Tín; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BÌNH ĐỊNH
Kinh tế > Nông nghiệp

Hoài Ân: Cây cau giúp nông dân vùng đồi thoát nghèo

Những năm gần đây, cây cau trở thành cây trồng chủ lực ở các xã vùng đồi huyện Hoài Ân. Theo Phòng NN&PTNT huyện, toàn huyện hiện có 620 ha cau, trong đó hơn 450 ha đang cho thu hoạch, với khoảng 1.800 hộ trồng. Năm 2024, sản lượng cau toàn huyện đạt khoảng 2.900 tấn, tăng 9% so với năm 2023; giá trị ước đạt 43,5 tỷ đồng.

Gia đình anh Đinh Văn Lực ở thôn Hà Đông, xã Ân Tín là một trong những hộ trồng cau sớm nhất. Năm 2016, anh cải tạo 2 ha vườn tạp để trồng 3.000 cây cau. Năm 2024, vườn cau cho thu hoạch 19 tấn quả; với giá bán bình quân khoảng 15.000 đồng/kg, sau khi trừ chi phí, gia đình anh lãi gần 200 triệu đồng. Vào chính vụ, anh thuê 4 lao động thời vụ với tiền công 250.000 đồng/người/ngày.

Trên địa bàn huyện có 6 điểm thu mua và 2 lò sấy cau; vào chính vụ, các điểm thu mua tiêu thụ khoảng 20 tấn cau tươi mỗi ngày. Thu nhập bình quân của các hộ trồng cau đạt 52 triệu đồng/người/năm, cao hơn 1,3 lần mức bình quân chung của huyện.

Huyện phấn đấu đến năm 2026 mở rộng diện tích cau lên 800 ha, trong đó 200 ha đạt tiêu chuẩn VietGAP; đồng thời kêu gọi doanh nghiệp đầu tư thêm một nhà máy sấy, chế biến cau.

NGỌC TÚ

28/11/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y16 = P("Năm 2016", "2016-01-01", "2016-12-31")
Y24B = P("Năm 2024", "2024-01-01", "2024-12-31")
TO_2026 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("có 620 ha", "620", 620, "measure", "ha", subject="diện tích cau"),
    F("hơn 450 ha", "450", 450, "measure", "ha", approx="over", total=620, subject="diện tích cau đang cho thu hoạch"),
    F("khoảng 1.800 hộ", "1.800", 1800, "count", "hộ", approx="about", subject="hộ trồng cau"),
    F("khoảng 2.900 tấn", "2.900", 2900, "measure", "tấn", approx="about",
      change=C("increase", 9, "%", "năm 2023"), subject="sản lượng cau", period=Y24),
    F("ước đạt 43,5 tỷ", "43,5", 43500000000, "money", "đồng", status="estimate",
      subject="giá trị sản xuất cau", period=Y24),
    F("cải tạo 2 ha", "2", 2, "measure", "ha", subject="diện tích vườn tạp anh cải tạo để trồng cau",
      period=Y16),
    F("trồng 3.000 cây", "3.000", 3000, "count", "cây", subject="cây cau anh trồng", period=Y16),
    F("thu hoạch 19 tấn", "19", 19, "measure", "tấn", subject="sản lượng cau quả vườn cau", period=Y24B),
    F("khoảng 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", approx="about",
      subject="giá bán cau bình quân", period=Y24B),
    F("gần 200 triệu", "200", 200000000, "money", "đồng", approx="nearly",
      subject="lãi của gia đình anh sau khi trừ chi phí", period=Y24B),
    F("thuê 4 lao động", "4", 4, "count", "lao động", subject="lao động thời vụ anh thuê vào chính vụ"),
    F("250.000 đồng", "250.000", 250000, "money", "đồng/người/ngày", subject="tiền công lao động thời vụ"),
    F("có 6 điểm", "6", 6, "count", "điểm thu mua", subject="điểm thu mua cau"),
    F("và 2 lò sấy", "2", 2, "count", "lò sấy", subject="lò sấy cau"),
    F("khoảng 20 tấn", "20", 20, "measure", "tấn/ngày", approx="about",
      subject="lượng cau tươi các điểm thu mua tiêu thụ mỗi ngày vào chính vụ"),
    F("đạt 52 triệu", "52", 52000000, "money", "đồng/người/năm",
      change=C("increase", 1.3, "lần", "mức bình quân chung của huyện"),
      subject="thu nhập bình quân của các hộ trồng cau"),
    F("lên 800 ha", "800", 800, "measure", "ha", status="target", subject="diện tích cau", period=TO_2026),
    F("trong đó 200 ha", "200", 200, "measure", "ha", total=800, status="target",
      subject="diện tích cau đạt tiêu chuẩn VietGAP", period=TO_2026),
    F("thêm một nhà máy", "một", 1, "count", "nhà máy", status="target",
      subject="nhà máy sấy, chế biến cau kêu gọi đầu tư thêm", period=TO_2026),
]

NOTES = [
    "Party newspaper (Báo Bình Định): areca in huyện Hoài Ân; household of anh Đinh Văn Lực, thôn Hà Đông, xã Ân Tín (in Hoài Ân).",
    "Byline 'NGỌC TÚ' and bare date '28/11/2024' at the end (published). Default location is the district Hoài Ân.",
    "'một trong những hộ' is not a figure (one of the households). 'Năm 2016' dates the planting: the 2 ha and 3.000 cây carry it.",
    "'giá trị ước đạt' after ';' has its own cue (estimate); the 2.900 tấn before it is actual ('đạt khoảng').",
    "'khoảng 20 tấn cau tươi mỗi ngày' is a rate: unit tấn/ngày. 'cao hơn 1,3 lần mức bình quân chung' is the income's change.",
    "'phấn đấu đến năm 2026 … ; đồng thời kêu gọi … thêm một nhà máy': the target cue continues into the 'đồng thời' clause.",
    "'Những năm gần đây', 'Vào chính vụ' give no period.",
    "revised after the first run: farm subjects follow the sentence's own words ('anh', 'gia đình anh', 'vườn cau') instead of the full name from the previous sentence (2 ha, 3.000 cây, 19 tấn, 200 triệu, 4 lao động).",
]

if __name__ == "__main__":
    write("p1125-5", TEXT, NOTES, FIGS, published="2024-11-28", location="Hoài Ân")
