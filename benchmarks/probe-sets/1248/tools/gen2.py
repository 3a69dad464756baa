"""p1248-2: district portal (huyện Ba Vì, Hà Nội): a cooperative growing grass for dairy farmers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA VÌ - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức sự kiện | Kinh tế | Nông nghiệp - Nông thôn | Liên hệ

HTX Đồng Xanh làm giàu từ cây cỏ nuôi bò sữa
05/06/2024 - 08:45

Thành lập năm 2018 với 12 thành viên, đến nay Hợp tác xã Nông nghiệp Đồng Xanh (xã Vân Hòa) đã có 47 thành viên, liên kết với ba chục hộ chăn nuôi bò sữa trong vùng. HTX hiện trồng 62 ha cỏ, gồm 38 ha cỏ Mombasa và 24 ha cỏ VA06, cho năng suất từ 40 đến 50 tấn/ha mỗi lứa. Theo ông Kiều Văn Thạch, Giám đốc HTX, cỏ Mombasa cho năng suất gấp 1,5 lần cỏ voi thường.

Mỗi năm HTX cung ứng khoảng 5.600 tấn cỏ tươi và hơn 1.800 tấn ngô ủ chua cho các hộ, giá bán cỏ tươi 900 đồng/kg, ngô ủ chua 2.300 đồng/kg. Năm 2023, doanh thu của HTX đạt 7,4 tỷ đồng, tăng 18% so với năm 2022; lợi nhuận gần 1,3 tỷ đồng. HTX tạo việc làm thường xuyên cho 26 lao động với thu nhập 7-8 triệu đồng/người/tháng.

Toàn huyện Ba Vì hiện có khoảng 1.450 ha cỏ trồng, trong đó hơn 70% tập trung ở các xã vùng đồi như Vân Hòa, Tản Lĩnh, Ba Trại, Minh Quang. Tổng đàn bò sữa của huyện gần 11.000 con, chiếm khoảng 60% đàn bò sữa của thành phố.

Năm 2024, HTX dự kiến mở rộng thêm 15 ha, đầu tư hai máy thu hoạch và một dây chuyền ủ chua công suất 20 tấn/ngày. Huyện phấn đấu đến năm 2025 diện tích cỏ trồng đạt 1.600 ha.

Tin cùng chuyên mục:
• Ba Vì ra quân làm thủy lợi nội đồng năm 2024
• Hội Nông dân huyện sơ kết 6 tháng đầu năm

Cơ quan chủ quản: UBND huyện Ba Vì | Địa chỉ: Số 1 đường Quảng Oai, thị trấn Tây Đằng | ĐT: 024.3386.3026
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("với 12 thành viên", "12", 12, "count", "thành viên",
        subject="thành viên HTX khi thành lập", period=Y18),
    fig("có 47 thành viên", "47", 47, "count", "thành viên",
        subject="thành viên Hợp tác xã Nông nghiệp Đồng Xanh"),
    fig("ba chục hộ", "ba chục", 30, "count", "hộ",
        subject="hộ chăn nuôi bò sữa liên kết với HTX"),
    fig("trồng 62 ha", "62", 62, "measure", "ha", subject="diện tích cỏ HTX trồng"),
    fig("gồm 38 ha", "38", 38, "measure", "ha", total=62, subject="diện tích cỏ Mombasa"),
    fig("và 24 ha", "24", 24, "measure", "ha", total=62, subject="diện tích cỏ VA06"),
    fig("từ 40 đến 50 tấn", "40", 40, "measure", "tấn/ha/lứa", value_max=50,
        subject="năng suất cỏ"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
        subject="năng suất cỏ Mombasa so với cỏ voi thường"),
    fig("khoảng 5.600 tấn", "5.600", 5600, "measure", "tấn/năm", approx="about",
        subject="cỏ tươi HTX cung ứng cho các hộ"),
    fig("hơn 1.800 tấn", "1.800", 1800, "measure", "tấn/năm", approx="over",
        subject="ngô ủ chua HTX cung ứng cho các hộ"),
    fig("900 đồng/kg", "900", 900, "money", "đồng/kg", subject="giá bán cỏ tươi"),
    fig("2.300 đồng/kg", "2.300", 2300, "money", "đồng/kg", subject="giá bán ngô ủ chua"),
    fig("đạt 7,4 tỷ", "7,4", 7.4e9, "money", "đồng",
        change=chg("increase", 18, "%", "năm 2022"), subject="doanh thu của HTX", period=Y23),
    fig("gần 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="nearly",
        subject="lợi nhuận của HTX", period=Y23),
    fig("cho 26 lao động", "26", 26, "count", "lao động",
        subject="lao động có việc làm thường xuyên tại HTX"),
    fig("7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập của lao động"),
    fig("khoảng 1.450 ha", "1.450", 1450, "measure", "ha", approx="about",
        subject="diện tích cỏ trồng toàn huyện"),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over",
        subject="tỷ lệ diện tích cỏ tập trung ở các xã vùng đồi"),
    fig("gần 11.000 con", "11.000", 11000, "count", "con", approx="nearly", percent=60,
        subject="tổng đàn bò sữa của huyện"),
    fig("thêm 15 ha", "15", 15, "measure", "ha", status="forecast",
        subject="diện tích HTX mở rộng thêm", period=Y24),
    fig("hai máy", "hai", 2, "count", "máy thu hoạch", status="forecast",
        subject="máy thu hoạch HTX đầu tư", period=Y24),
    fig("một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền ủ chua HTX đầu tư", period=Y24),
    fig("20 tấn/ngày", "20", 20, "measure", "tấn/ngày", status="forecast",
        subject="công suất dây chuyền ủ chua"),
    fig("đạt 1.600 ha", "1.600", 1600, "measure", "ha", status="target",
        subject="diện tích cỏ trồng", period=T25),
]

NOTES = [
    "District portal (huyện Ba Vì, Hà Nội): banner naming the district, menu, '05/06/2024 - 08:45' under the headline, 'Tin cùng chuyên mục', footer.",
    "Distractors: 'cỏ VA06', 'Số 1 đường Quảng Oai', phone 024.3386.3026, '6 tháng đầu năm' and 'năm 2024' in link titles, time 08:45.",
    "Founding 'Thành lập năm 2018 với 12 thành viên' → period năm 2018; the members 'đến nay' get no period.",
    "'ba chục hộ' = 30 (number word). 'gồm 38 ha ... và 24 ha' add up to 62 → total. 'tấn/ha mỗi lứa' → tấn/ha/lứa.",
    "'cỏ Mombasa cho năng suất gấp 1,5 lần cỏ voi thường' stands alone as the claim → multiple.",
    "'Mỗi năm HTX cung ứng khoảng 5.600 tấn ... và hơn 1.800 tấn' → tấn/năm; 'khoảng' and 'hơn' each govern their own number.",
    "'trong đó hơn 70% tập trung ở các xã vùng đồi' is a percent figure of its own. 'chiếm khoảng 60% đàn bò sữa của thành phố' → percent 60 of 11.000.",
    "'Năm 2024, HTX dự kiến ...' → forecast with period 2024 for the investments; the line's capacity is a spec (no period).",
    "Everything is located in Ba Vì (the cooperative is in xã Vân Hòa of Ba Vì).",
]

if __name__ == "__main__":
    write("p1248-2", TEXT, NOTES, FIGS, published="2024-06-05", location="Ba Vì")
