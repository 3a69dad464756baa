"""p1374-4: Party newspaper (Báo Khánh Hòa, tag (BKH)): quarries and fill-soil mines for the Vân Phong - Nha Trang expressway."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa

Gỡ khó nguồn vật liệu cho cao tốc Vân Phong - Nha Trang

12/11/2024 07:15

(BKH) - Để bảo đảm tiến độ dự án cao tốc Vân Phong - Nha Trang, tỉnh đã cho phép nâng công suất nhiều mỏ đá, cấp phép mới các mỏ đất đắp; tuy vậy nguồn đất đắp nền đường vẫn còn thiếu khoảng 1,2 triệu m3.

Theo Ban Quản lý dự án 7, tổng nhu cầu vật liệu cho tuyến cao tốc dài 83,35 km là khoảng 9,6 triệu m3, trong đó đất đắp 7,1 triệu m3, đá các loại 2,5 triệu m3. Đến hết tháng 10/2024, các nhà thầu đã tập kết được 5,8 triệu m3, đạt 60,4% nhu cầu.

Để đáp ứng, UBND tỉnh đã cho phép 4 mỏ đá tại thị xã Ninh Hòa nâng công suất thêm 50% so với giấy phép, đồng thời cấp phép theo cơ chế đặc thù cho 6 mỏ đất với tổng trữ lượng hơn 4,3 triệu m3. Tuy nhiên, hai mỏ đất tại xã Ninh An, thị xã Ninh Hòa chưa thể khai thác do vướng bồi thường với 37 hộ dân.

Ông Lê Quang Vinh, Giám đốc Sở Tài nguyên và Môi trường cho biết, giá đất đắp tại mỏ hiện khoảng 85.000 đồng/m3, cao hơn 30.000 đồng/m3 so với đầu năm 2023; giá đá 1x2 từ 320.000 đến 350.000 đồng/m3. "Chúng tôi đề nghị các nhà thầu chỉ mua vật liệu từ mỏ đã được cấp phép, có hóa đơn, chứng từ hợp pháp", ông Vinh nói.

Dự kiến trong tháng 12/2024, tỉnh sẽ cấp phép thêm 3 mỏ đất với tổng trữ lượng khoảng 2 triệu m3, đủ bù phần thiếu hụt. Sở Tài nguyên và Môi trường cũng đề nghị Bộ Giao thông vận tải cho phép dùng đá thải từ các mỏ đá 4x6 làm vật liệu đắp.

HẢI LĂNG
"""

ASOF = per("Đến hết tháng 10/2024", None, "2024-10-31")
DEC = per("tháng 12/2024", "2024-12-01", "2024-12-31")
NH = "Ninh Hòa"

FIGS = [
    fig("thiếu khoảng 1,2 triệu m3", "1,2", 1.2e6, "measure", "m3", approx="about",
        subject="nguồn đất đắp nền đường còn thiếu"),
    fig("dài 83,35 km", "83,35", 83.35, "measure", "km", subject="chiều dài tuyến cao tốc"),
    fig("khoảng 9,6 triệu m3", "9,6", 9.6e6, "measure", "m3", approx="about",
        subject="tổng nhu cầu vật liệu cho tuyến cao tốc"),
    fig("đất đắp 7,1 triệu m3", "7,1", 7.1e6, "measure", "m3", total=9.6e6, subject="nhu cầu đất đắp"),
    fig("đá các loại 2,5 triệu m3", "2,5", 2.5e6, "measure", "m3", total=9.6e6, subject="nhu cầu đá các loại"),
    fig("được 5,8 triệu m3", "5,8", 5.8e6, "measure", "m3", percent=60.4,
        subject="vật liệu các nhà thầu đã tập kết", period=ASOF),
    fig("cho phép 4 mỏ đá", "4", 4, "count", "mỏ", subject="mỏ đá được cho phép nâng công suất", location=NH),
    fig("thêm 50%", "50", 50, "percent", "%", subject="mức nâng công suất của các mỏ đá so với giấy phép",
        location=NH),
    fig("cho 6 mỏ đất", "6", 6, "count", "mỏ", subject="mỏ đất được cấp phép theo cơ chế đặc thù"),
    fig("hơn 4,3 triệu m3", "4,3", 4.3e6, "measure", "m3", approx="over", subject="tổng trữ lượng các mỏ đất"),
    fig("hai mỏ đất", "hai", 2, "count", "mỏ", subject="mỏ đất chưa thể khai thác do vướng bồi thường",
        location=NH),
    fig("với 37 hộ dân", "37", 37, "count", "hộ dân", subject="hộ dân vướng bồi thường", location=NH),
    fig("khoảng 85.000 đồng/m3", "85.000", 85000, "money", "đồng/m3", approx="about",
        change=chg("increase", 30000, "đồng/m3", "đầu năm 2023"), subject="giá đất đắp tại mỏ"),
    fig("từ 320.000 đến 350.000", "320.000", 320000, "money", "đồng/m3", value_max=350000,
        subject="giá đá 1x2"),
    fig("thêm 3 mỏ đất", "3", 3, "count", "mỏ", status="forecast", subject="mỏ đất cấp phép thêm", period=DEC),
    fig("khoảng 2 triệu m3", "2", 2e6, "measure", "m3", approx="about", status="forecast",
        subject="tổng trữ lượng các mỏ đất cấp phép thêm", period=DEC),
]

NOTES = [
    "Party newspaper (Báo Khánh Hòa): sapo with tag '(BKH) -', dateline '12/11/2024 07:15', byline at the end; quarries and fill soil for an expressway.",
    "Distractors: 'Ban Quản lý dự án 7', product names 'đá 1x2' and 'đá 4x6', '07:15', 'đầu năm 2023' (baseline), 'tháng 10/2024'.",
    "The 'trong đó' parts 7,1 + 2,5 = 9,6 triệu m3 get total 9,6 triệu (the whole is 'khoảng 9,6').",
    "'nâng công suất thêm 50% so với giấy phép' is a percent figure (the rate is the claim; '4 mỏ' is a count of mines, not its base).",
    "Location Ninh Hòa for the 4 quarries and the two blocked soil mines (xã Ninh An, thị xã Ninh Hòa); the rest is Khánh Hòa.",
    "'cao hơn 30.000 đồng/m3 so với đầu năm 2023' → change in đồng/m3; current prices ('hiện') have no period.",
    "'Dự kiến trong tháng 12/2024, … sẽ cấp phép thêm' → forecast for both figures of the clause.",
]

if __name__ == "__main__":
    write("p1374-4", TEXT, NOTES, FIGS, published="2024-11-12", location="Khánh Hòa")
