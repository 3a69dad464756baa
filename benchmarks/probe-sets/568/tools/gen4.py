from lib import F, P, INH, CH, TG, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ » Tin tức » Bảo trợ xã hội
Ngày đăng: 27/12/2023 | Lượt xem: 1.286

Gần 3,4 triệu người đang hưởng trợ cấp xã hội hằng tháng

Theo báo cáo của Cục Bảo trợ xã hội, tính đến hết tháng 11/2023, cả nước có 3.387.520 đối tượng bảo trợ xã hội đang hưởng trợ cấp xã hội hằng tháng tại cộng đồng, chiếm khoảng 3,4% dân số. Trong đó có 1.856.230 người cao tuổi, 1.175.406 người khuyết tật, 94.318 trẻ em mồ côi, bị bỏ rơi và 261.566 đối tượng khác. Kinh phí thực hiện năm 2023 ước khoảng 20.500 tỷ đồng, tăng 8,2% so với năm 2022.

Tỷ lệ đối tượng nhận trợ cấp bằng hình thức không dùng tiền mặt đạt 38,7%, tăng 12,4 điểm phần trăm so với năm 2022. Các địa phương có tỷ lệ cao nhất là Đà Nẵng, Bình Dương và Cần Thơ với tỷ lệ lần lượt là 82%, 76,5% và 70,2%.

Hiện cả nước có 425 cơ sở trợ giúp xã hội, trong đó 193 cơ sở công lập và 232 cơ sở ngoài công lập, đang chăm sóc, nuôi dưỡng khoảng 40.000 đối tượng. Riêng trong năm 2023, các cơ sở đã tiếp nhận hơn 3.100 trẻ em bị bỏ rơi, trẻ em có hoàn cảnh đặc biệt.

Theo Quyết định số 1676/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025, 100% đối tượng bảo trợ xã hội được quản lý trên cơ sở dữ liệu số và tối thiểu 50% đối tượng nhận trợ cấp qua tài khoản.

Mọi ý kiến xin gửi về Cục Bảo trợ xã hội, số 35 Trần Phú, Ba Đình, Hà Nội. Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111.
"""

T11 = P("tính đến hết tháng 11/2023", None, "2023-11-30")
T11i = INH(T11)
Y25 = P("đến năm 2025", None, "2025-12-31")

FIG = [
    F("Gần 3,4 triệu người", "3,4", 3.4e6, "count", "người",
      "người đang hưởng trợ cấp xã hội hằng tháng", T11i, approx="nearly"),
    F("có 3.387.520 đối tượng", "3.387.520", 3387520, "count", "đối tượng",
      "đối tượng bảo trợ xã hội đang hưởng trợ cấp xã hội hằng tháng tại cộng đồng", T11, percent=3.4),
    F("có 1.856.230 người", "1.856.230", 1856230, "count", "người cao tuổi", "người cao tuổi", T11i, total=3387520),
    F("1.175.406 người", "1.175.406", 1175406, "count", "người khuyết tật", "người khuyết tật", T11i, total=3387520),
    F("94.318 trẻ em", "94.318", 94318, "count", "trẻ em", "trẻ em mồ côi, bị bỏ rơi", T11i, total=3387520),
    F("261.566 đối tượng", "261.566", 261566, "count", "đối tượng", "đối tượng khác", T11i, total=3387520),
    F("khoảng 20.500 tỷ đồng", "20.500", 20500e9, "money", "đồng", "kinh phí thực hiện",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about",
      change=CH("increase", 8.2, baseline="năm 2022"), status="estimate"),
    F("đạt 38,7%", "38,7", 38.7, "percent", "%",
      "tỷ lệ đối tượng nhận trợ cấp bằng hình thức không dùng tiền mặt",
      change=CH("increase", 12.4, unit="điểm phần trăm", baseline="năm 2022")),
    F("là 82%", "82", 82, "percent", "%", "tỷ lệ đối tượng nhận trợ cấp bằng hình thức không dùng tiền mặt",
      location="Đà Nẵng"),
    F("82%, 76,5%", "76,5", 76.5, "percent", "%", "tỷ lệ đối tượng nhận trợ cấp bằng hình thức không dùng tiền mặt",
      location="Bình Dương"),
    F("và 70,2%", "70,2", 70.2, "percent", "%", "tỷ lệ đối tượng nhận trợ cấp bằng hình thức không dùng tiền mặt",
      location="Cần Thơ"),
    F("có 425 cơ sở", "425", 425, "count", "cơ sở", "cơ sở trợ giúp xã hội"),
    F("193 cơ sở", "193", 193, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập", total=425),
    F("232 cơ sở", "232", 232, "count", "cơ sở", "cơ sở trợ giúp xã hội ngoài công lập", total=425),
    F("khoảng 40.000 đối tượng", "40.000", 40000, "count", "đối tượng",
      "đối tượng được chăm sóc, nuôi dưỡng tại cơ sở trợ giúp xã hội", approx="about"),
    F("hơn 3.100 trẻ em", "3.100", 3100, "count", "trẻ em",
      "trẻ em bị bỏ rơi, trẻ em có hoàn cảnh đặc biệt được các cơ sở tiếp nhận",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("2025, 100% đối tượng", "100", 100, "percent", "%",
      "đối tượng bảo trợ xã hội được quản lý trên cơ sở dữ liệu số", Y25, status="target"),
    F("tối thiểu 50%", "50", 50, "percent", "%", "đối tượng nhận trợ cấp qua tài khoản", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH), 'Ngày đăng: 27/12/2023 | Lượt xem: 1.286': national count of beneficiaries of monthly social allowances.",
    "National figures → Việt Nam; Đà Nẵng, Bình Dương, Cần Thơ in the 'lần lượt' list go to location, the list's indicator is the subject.",
    "The four groups after 'Trong đó có' add up to 3.387.520; 193 + 232 = 425. 'chiếm khoảng 3,4% dân số' → percent of 3.387.520.",
    "38,7% is a level (not a growth rate), so 'tăng 12,4 điểm phần trăm so với năm 2022' is its change. 'ước khoảng' → estimate, approx about.",
    "Distractors: Quyết định số 1676/QĐ-TTg, 'số 35 Trần Phú', hotline '111', 'Lượt xem: 1.286', 'tháng 11/2023'.",
]

emit("p568-4", TEXT, COMMENTS, FIG, published="2023-12-27", location="Việt Nam")
