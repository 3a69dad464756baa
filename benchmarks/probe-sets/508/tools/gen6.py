"""p508-6: national press (VnExpress style) — health workers leaving the public sector, doctors per 10,000, recruitment plan."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Sức khỏe › Tin tức
Thứ hai, 3/6/2024, 07:00 (GMT+7)
Gần 2.800 nhân viên y tế rời khu vực công trong 5 tháng

Từ đầu năm đến cuối tháng 5/2024, gần 2.800 nhân viên y tế ở 42 tỉnh, thành đã nghỉ việc hoặc chuyển sang khu vực tư nhân, theo báo cáo của Bộ Y tế.

Trong số này, bác sĩ chiếm khoảng 35%, còn lại là điều dưỡng, kỹ thuật viên và dược sĩ. Tuyến xã và tuyến huyện chịu ảnh hưởng nặng nhất với lần lượt 1.120 và 860 người. Tại TP HCM, con số này là 412 người, tăng gấp rưỡi so với cùng kỳ năm 2023.

Theo Vụ Tổ chức cán bộ, cả nước hiện có khoảng 9,8 bác sĩ/vạn dân, chỉ tiêu đến năm 2025 là 12 bác sĩ/vạn dân. Tỷ lệ trạm y tế xã có bác sĩ làm việc đạt 91%, riêng tỉnh Lai Châu chỉ khoảng 74%.

Tại hội thảo ở Bệnh viện Trung ương Quân đội 108 hôm 31/5, ông Trần Văn Minh, Giám đốc Bệnh viện Đa khoa tỉnh Nghệ An, cho rằng thu nhập là nguyên nhân chính. Một bác sĩ mới ra trường làm việc tại bệnh viện công nhận khoảng 6-8 triệu đồng/tháng, trong khi ở bệnh viện tư có thể gấp 2-3 lần. "Từ năm 2020 đến nay, bệnh viện tôi đã có 57 bác sĩ trẻ xin nghỉ", ông nói.

Để bù đắp, Bộ Y tế dự kiến năm 2024 tuyển dụng thêm khoảng 3.500 bác sĩ cho tuyến y tế cơ sở thông qua đào tạo theo địa chỉ, với kinh phí khoảng 450 tỷ đồng. Từ ngày 1/7/2024, mức lương cơ sở tăng lên 2,34 triệu đồng/tháng, phụ cấp ưu đãi nghề cho nhân viên y tế dự phòng và y tế cơ sở được nâng lên 100%.

Lê Nga
"""

YTD = P("Từ đầu năm đến cuối tháng 5/2024", "2024-01-01", "2024-05-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 2.800 nhân viên y tế rời", "2.800", 2800, "count", "nhân viên y tế", "nhân viên y tế rời khu vực công",
      INH(YTD), approx="nearly"),
    F("gần 2.800 nhân viên y tế ở", "2.800", 2800, "count", "nhân viên y tế",
      "nhân viên y tế nghỉ việc hoặc chuyển sang khu vực tư nhân", YTD, approx="nearly"),
    F("ở 42 tỉnh", "42", 42, "count", "tỉnh, thành", "tỉnh, thành có nhân viên y tế nghỉ việc", YTD),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "bác sĩ trong số nhân viên y tế nghỉ việc", INH(YTD),
      approx="about"),
    F("lần lượt 1.120", "1.120", 1120, "count", "người", "nhân viên y tế nghỉ việc tuyến xã", INH(YTD)),
    F("và 860 người", "860", 860, "count", "người", "nhân viên y tế nghỉ việc tuyến huyện", INH(YTD)),
    F("là 412 người", "412", 412, "count", "người", "nhân viên y tế nghỉ việc", INH(YTD),
      change=CH("increase", 1.5, "lần", "cùng kỳ năm 2023"), location="Hồ Chí Minh"),
    F("khoảng 9,8 bác sĩ", "9,8", 9.8, "measure", "bác sĩ/vạn dân", "bác sĩ bình quân trên vạn dân", approx="about",
      target=TG(12, "bác sĩ/vạn dân", False)),
    F("đạt 91%", "91", 91, "percent", "%", "tỷ lệ trạm y tế xã có bác sĩ làm việc"),
    F("khoảng 74%", "74", 74, "percent", "%", "tỷ lệ trạm y tế xã có bác sĩ làm việc", approx="about",
      location="Lai Châu"),
    F("khoảng 6-8 triệu", "6", 6000000, "money", "đồng/tháng", "thu nhập bác sĩ mới ra trường tại bệnh viện công",
      value_max=8000000, approx="about"),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", "thu nhập ở bệnh viện tư so với bệnh viện công", value_max=3),
    F("đã có 57 bác sĩ", "57", 57, "count", "bác sĩ", "bác sĩ trẻ xin nghỉ",
      P("Từ năm 2020 đến nay", "2020-01-01", "2024-06-03"), location="Nghệ An"),
    F("khoảng 3.500 bác sĩ", "3.500", 3500, "count", "bác sĩ", "bác sĩ tuyển dụng thêm cho tuyến y tế cơ sở", Y24,
      approx="about", status="forecast"),
    F("khoảng 450 tỷ đồng", "450", 450000000000, "money", "đồng", "kinh phí đào tạo theo địa chỉ", Y24,
      approx="about", status="forecast"),
    F("lên 2,34 triệu đồng/tháng", "2,34", 2340000, "money", "đồng/tháng", "mức lương cơ sở"),
    F("nâng lên 100%", "100", 100, "percent", "%", "phụ cấp ưu đãi nghề cho nhân viên y tế dự phòng và y tế cơ sở"),
]

COMMENTS = [
    "National press, VnExpress-style dateline 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end: nhân viên y tế nghỉ việc.",
    "Headline and lead 'gần 2.800' are two mentions, both figures (nearly). 'Trong số này, bác sĩ chiếm khoảng 35%' → percent figure.",
    "'lần lượt 1.120 và 860 người' stands in a sentence without a part cue: no total. 'tăng gấp rưỡi' is a change of 1,5 lần",
    "written in words ('gấp rưỡi' = 1.5 times), attached to 412 người (TP HCM).",
    "'khoảng 9,8 bác sĩ/vạn dân, chỉ tiêu đến năm 2025 là 12 bác sĩ/vạn dân' → target attribute 12 of the 9,8 figure (not a figure).",
    "Quoted '57 bác sĩ' is the Nghệ An provincial hospital's (location Nghệ An), period 'Từ năm 2020 đến nay' ends at the dateline.",
    "'gấp 2-3 lần' standing alone is a multiple range. 'lên 2,34 triệu đồng/tháng', 'nâng lên 100%' are figures (actual: no cue).",
    "Not figures: Bệnh viện Trung ương Quân đội 108, 'hôm 31/5', 'ngày 1/7/2024', (GMT+7), 07:00.",
]

if __name__ == "__main__":
    emit("p508-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
