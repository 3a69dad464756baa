from lib import F, P, build

TEXT = """
BÁO ĐỒNG THÁP ĐIỆN TỬ
Nông nghiệp - Nông thôn
20/08/2024 14:05

Thiết bị bay không người lái "cất cánh" trên đồng ruộng

(ĐTO) - Tính đến ngày 15/8/2024, toàn tỉnh có 352 thiết bị bay không người lái (drone) phục vụ phun thuốc bảo vệ thực vật, bón phân, gieo sạ, trong đó 126 chiếc được đưa vào sử dụng từ đầu năm đến nay.

Theo Chi cục Trồng trọt và Bảo vệ thực vật, vụ Hè Thu 2024, diện tích lúa được phun thuốc bằng thiết bị bay đạt hơn 41.600 ha, chiếm 19,3% diện tích gieo trồng, tăng 8.200 ha so với vụ Đông Xuân 2023-2024. Các địa phương có diện tích phun bằng thiết bị bay lớn là Tháp Mười (9.850 ha), Tam Nông (7.420 ha) và Cao Lãnh (6.900 ha).

Mỗi thiết bị có thể phun từ 30 đến 50 ha/ngày. Năng suất phun gấp 15-20 lần phun thủ công. Chi phí thuê phun khoảng 80.000-100.000 đồng/ha; lượng nước sử dụng giảm 90%, lượng thuốc giảm 20-30%.

Ông Nguyễn Văn Tư, Giám đốc HTX Nông nghiệp Tân Bình 2 (huyện Châu Thành), cho biết HTX đã đầu tư 3 thiết bị DJI Agras T40 với tổng giá trị gần 1,2 tỷ đồng; mỗi năm phục vụ khoảng 4.500 ha cho xã viên và nông dân trong vùng, doanh thu dịch vụ bình quân 360 triệu đồng/năm.

Hiện tỉnh có 4 cơ sở đào tạo, cấp chứng chỉ điều khiển thiết bị bay; từ năm 2022 đến nay đã có 615 người được cấp chứng chỉ. Tỉnh phấn đấu đến năm 2025 có 500 thiết bị bay, diện tích lúa phun bằng thiết bị bay đạt 30% tổng diện tích gieo trồng.

Thanh Tâm
Đường dây nóng: 0277.3851.525
"""

ASOF = P("Tính đến ngày 15/8/2024", None, "2024-08-15")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-20")
TO25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích lúa phun thuốc bằng thiết bị bay"

FIGS = [
    F("có 352 thiết bị bay", "352", "count", "thiết bị bay không người lái",
      "thiết bị bay không người lái phục vụ phun thuốc bảo vệ thực vật, bón phân, gieo sạ", period=ASOF),
    F("trong đó 126 chiếc", "126", "count", "chiếc", "thiết bị bay được đưa vào sử dụng", total=352, period=YTD),
    F("hơn 41.600 ha", "41.600", "measure", "ha", "diện tích lúa được phun thuốc bằng thiết bị bay",
      approx="over", percent=19.3,
      change={"direction": "increase", "value": 8200, "unit": "ha", "baseline": "vụ Đông Xuân 2023-2024"}),
    F("Tháp Mười (9.850 ha)", "9.850", "measure", "ha", AREA, location="Tháp Mười"),
    F("Tam Nông (7.420 ha)", "7.420", "measure", "ha", AREA, location="Tam Nông"),
    F("Cao Lãnh (6.900 ha)", "6.900", "measure", "ha", AREA, location="Cao Lãnh"),
    F("từ 30 đến 50 ha/ngày", "30", "measure", "ha/ngày", "diện tích mỗi thiết bị có thể phun", value_max=50),
    F("gấp 15-20 lần", "15", "multiple", "lần", "năng suất phun so với phun thủ công", value_max=20),
    F("khoảng 80.000-100.000 đồng/ha", "80.000", "money", "đồng/ha", "chi phí thuê phun", approx="about",
      value_max=100000),
    F("giảm 90%", "90", "percent", "%", "lượng nước sử dụng giảm"),
    F("giảm 20-30%", "20", "percent", "%", "lượng thuốc giảm", value_max=30),
    F("đầu tư 3 thiết bị", "3", "count", "thiết bị", "thiết bị bay HTX Nông nghiệp Tân Bình 2 đầu tư",
      location="Châu Thành"),
    F("gần 1,2 tỷ đồng", "1,2", "money", "đồng", "tổng giá trị thiết bị HTX đầu tư", mult=10**9,
      approx="nearly", location="Châu Thành"),
    F("khoảng 4.500 ha", "4.500", "measure", "ha", "diện tích HTX phục vụ mỗi năm", approx="about",
      location="Châu Thành"),
    F("bình quân 360 triệu", "360", "money", "đồng/năm", "doanh thu dịch vụ bình quân", mult=10**6,
      location="Châu Thành"),
    F("có 4 cơ sở", "4", "count", "cơ sở đào tạo", "cơ sở đào tạo, cấp chứng chỉ điều khiển thiết bị bay"),
    F("có 615 người", "615", "count", "người", "người được cấp chứng chỉ điều khiển thiết bị bay",
      period=P("từ năm 2022 đến nay", "2022-01-01", "2024-08-20")),
    F("có 500 thiết bị bay", "500", "count", "thiết bị bay", "thiết bị bay", status="target", period=TO25),
    F("đạt 30% tổng", "30", "percent", "%", "diện tích lúa phun bằng thiết bị bay",
      status="target", period=TO25),
]

COMMENTS = [
    "Báo Đồng Tháp (ĐTO), Party newspaper: drones for spraying in the province. Bare dateline '20/08/2024 14:05', byline and hotline at the end.",
    "Distractors: 'HTX Nông nghiệp Tân Bình 2' (name), model 'DJI Agras T40', 'ngày 15/8/2024', 'vụ Đông Xuân 2023-2024', hotline 0277.3851.525.",
    "The ĐTO tag and 'toàn tỉnh' imply Đồng Tháp; districts in the list (Tháp Mười, Tam Nông, Cao Lãnh) are their items' locations; the HTX",
    "in huyện Châu Thành gives its four figures that district. '126 chiếc' after 'trong đó' is part of the 352 (total).",
    "'từ đầu năm đến nay' / 'từ năm 2022 đến nay' end at the dateline (2024-08-20). 'vụ Hè Thu 2024' is a season: no period (no dates in FIGURES.md).",
    "'hơn 41.600 ha, chiếm 19,3% …, tăng 8.200 ha so với vụ Đông Xuân' → percent and change (in ha). 'gấp 15-20 lần phun thủ công' stands",
    "as its own sentence: a multiple (range). 'giảm 90%', 'giảm 20-30%' are rates that are the claim: percent figures without change.",
    "revised: subject of the 2025 target '30% tổng diện tích gieo trồng' cut to the indicator the sentence names ('diện tích lúa phun bằng thiết bị bay');",
    "the base of the share ('tổng diện tích gieo trồng') had been folded into it.",
]

build(3, TEXT, FIGS, COMMENTS, published="2024-08-20", location="Đồng Tháp")
