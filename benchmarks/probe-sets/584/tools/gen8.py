"""p584-8: xã Phước Hậu commune portal (huyện Ninh Phước, Ninh Thuận) — household rooftop solar, biogas, LED."""
from lib import emit, fig, period, inh, change

TEXT = """UBND XÃ PHƯỚC HẬU - HUYỆN NINH PHƯỚC - TỈNH NINH THUẬN
Tin hoạt động | Đăng ngày: 25/11/2024

Phước Hậu: 218 hộ dân lắp điện mặt trời mái nhà, tiết kiệm gần 80 triệu đồng tiền điện mỗi tháng

Thực hiện Kế hoạch số 45/KH-UBND của UBND huyện về phát triển năng lượng tái tạo, đến tháng 10/2024 toàn xã có 218 hộ gia đình lắp đặt điện mặt trời mái nhà, tăng 74 hộ so với cuối năm 2023, cùng 6 cơ quan, trường học; tổng công suất lắp đặt đạt 1.264 kWp. Trong đó, thôn Phước Lợi có 86 hộ, thôn Hòa Thạnh 59 hộ, thôn La Chữ 73 hộ.

Hệ thống phổ biến có công suất từ 3 đến 5 kWp, chi phí đầu tư khoảng 12-14 triệu đồng/kWp. Bình quân mỗi tháng các hệ thống sản xuất khoảng 158.000 kWh điện, giúp người dân tiết kiệm gần 80 triệu đồng tiền điện.

Bên cạnh đó, xã có 35 công trình khí sinh học (biogas) quy mô hộ gia đình, xử lý chất thải cho khoảng 1.200 con lợn và gần 300 con bò. Theo ước tính của Phòng Tài nguyên và Môi trường huyện, các công trình điện mặt trời và biogas giúp giảm phát thải khoảng 1.450 tấn CO2 mỗi năm.

Hiện nay, 210/312 bóng đèn chiếu sáng công cộng của xã đã được thay bằng đèn LED. Năm 2025, xã phấn đấu có thêm 50 hộ lắp đặt điện mặt trời mái nhà, nâng tổng công suất lên khoảng 1.500 kWp; 100% đèn chiếu sáng công cộng trên tuyến ĐT703 và các đường liên thôn dùng đèn LED.

Địa chỉ: thôn Phước Lợi, xã Phước Hậu; Điện thoại: 0259.3864.125
"""

ASOF = period("đến tháng 10/2024", end="2024-10-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
HH = "hộ gia đình lắp đặt điện mặt trời mái nhà"

FIGS = [
    fig("Phước Hậu: 218 hộ", "218", 218, "count", "hộ dân", "hộ dân lắp điện mặt trời mái nhà", inh(ASOF)),
    fig("gần 80 triệu đồng tiền điện mỗi tháng", "80", 80e6, "money", "đồng", "tiền điện tiết kiệm mỗi tháng",
        approx="nearly"),
    fig("có 218 hộ gia đình", "218", 218, "count", "hộ gia đình", HH, ASOF,
        change=change("increase", 74, "hộ", baseline="cuối năm 2023")),
    fig("cùng 6 cơ quan", "6", 6, "count", "cơ quan", "cơ quan, trường học lắp đặt điện mặt trời mái nhà", ASOF),
    fig("đạt 1.264 kWp", "1.264", 1264, "measure", "kWp", "tổng công suất lắp đặt", ASOF),
    fig("có 86 hộ", "86", 86, "count", "hộ", f"{HH} thôn Phước Lợi", inh(ASOF), total=218),
    fig("Thạnh 59 hộ", "59", 59, "count", "hộ", f"{HH} thôn Hòa Thạnh", inh(ASOF), total=218),
    fig("Chữ 73 hộ", "73", 73, "count", "hộ", f"{HH} thôn La Chữ", inh(ASOF), total=218),
    fig("từ 3 đến 5 kWp", "3", 3, "measure", "kWp", "công suất hệ thống phổ biến", value_max=5),
    fig("khoảng 12-14 triệu", "12", 12e6, "money", "đồng/kWp", "chi phí đầu tư", value_max=14e6, approx="about"),
    fig("khoảng 158.000 kWh", "158.000", 158000, "measure", "kWh", "điện các hệ thống sản xuất bình quân mỗi tháng",
        approx="about"),
    fig("gần 80 triệu đồng tiền điện.", "80", 80e6, "money", "đồng", "tiền điện người dân tiết kiệm", approx="nearly"),
    fig("có 35 công trình", "35", 35, "count", "công trình", "công trình khí sinh học (biogas) quy mô hộ gia đình"),
    fig("khoảng 1.200 con", "1.200", 1200, "count", "con lợn", "lợn được xử lý chất thải", approx="about"),
    fig("gần 300 con", "300", 300, "count", "con bò", "bò được xử lý chất thải", approx="nearly"),
    fig("khoảng 1.450 tấn", "1.450", 1450, "measure", "tấn CO2", "lượng phát thải giảm mỗi năm", approx="about",
        status="estimate"),
    fig("210/312 bóng đèn", "210", 210, "count", "bóng đèn", "bóng đèn chiếu sáng công cộng thay bằng đèn LED",
        total=312),
    fig("thêm 50 hộ", "50", 50, "count", "hộ", HH, Y25, status="target"),
    fig("khoảng 1.500 kWp", "1.500", 1500, "measure", "kWp", "tổng công suất", Y25, approx="about", status="target"),
    fig("100% đèn", "100", 100, "percent", "%", "đèn chiếu sáng công cộng dùng đèn LED", Y25, status="target"),
]

COMMENTS = [
    "Commune portal (UBND xã Phước Hậu, huyện Ninh Phước), 'Đăng ngày: 25/11/2024': household rooftop solar, biogas, LED lighting.",
    "Distractors: 'Kế hoạch số 45/KH-UBND', road 'ĐT703', phone 0259.3864.125, dates.",
    "A commune is below the spec's place levels: location = district 'Ninh Phước' for all figures.",
    "'tăng 74 hộ so với cuối năm 2023' is the change of 218 hộ; 'Trong đó' after 1.264 kWp lists households: whole = 218 hộ.",
    "'Theo ước tính … giảm phát thải khoảng 1.450 tấn CO2' -> estimate, own figure. 'Bình quân mỗi tháng' is no period.",
]

if __name__ == "__main__":
    emit("p584-8", TEXT, COMMENTS, FIGS, published="2024-11-25", location="Ninh Phước")
