"""p620-6: national press, foster families (gia đình nhận chăm sóc thay thế), national figures and targets."""
from lib import F, P, INH, YEAR, CH, TG, emit

TEXT = """Thời sự › Dân sinh
Thứ tư, 12/6/2024, 06:30 (GMT+7)

Gần 2.800 gia đình nhận chăm sóc thay thế trẻ em

Cả nước hiện có khoảng 2.780 gia đình nhận chăm sóc thay thế, tăng gần 2,3 lần so với năm 2019, đang nuôi dưỡng hơn 3.400 trẻ em mồ côi, bị bỏ rơi hoặc không có người chăm sóc.

Số liệu được Cục Trẻ em (Bộ Lao động - Thương binh và Xã hội) công bố tại hội thảo ngày 11/6. Theo báo cáo, cả nước có khoảng 26,4 triệu trẻ em, trong đó hơn 1,5 triệu em có hoàn cảnh đặc biệt, chiếm 5,7%. Khoảng 21.300 trẻ em đang sống tại 425 cơ sở trợ giúp xã hội; trong số này, 191 cơ sở công lập và 234 cơ sở ngoài công lập.

Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc năm 2023 đạt 91,5%, vượt 1,5 điểm phần trăm so với chỉ tiêu (90%).

Bà Đặng Hoa Nam, Cục trưởng Cục Trẻ em, cho biết chăm sóc tại gia đình giúp trẻ phát triển tốt hơn về tâm lý, thể chất. Chi phí nuôi một trẻ tại gia đình nhận chăm sóc thay thế chỉ bằng từ 30 đến 40% so với nuôi tại cơ sở. Nhà nước hỗ trợ gia đình nhận chăm sóc thay thế tối thiểu 1.080.000 đồng/trẻ/tháng; trẻ dưới 4 tuổi được hỗ trợ 2.700.000 đồng.

Theo Quyết định số 1438/QĐ-TTg, mục tiêu đến năm 2025 có 90% trẻ em có hoàn cảnh đặc biệt được chăm sóc thay thế tại cộng đồng; đến năm 2030, tỷ lệ này đạt 95%. Năm 2024, Bộ dự kiến thí điểm mô hình gia đình chăm sóc thay thế chuyên nghiệp tại 5 tỉnh, thành phố với khoảng 150 gia đình.

Người dân phát hiện trẻ em bị bỏ rơi có thể gọi Tổng đài quốc gia bảo vệ trẻ em (miễn phí) để được hướng dẫn.

Hồng Chiêu
"""

VN = "Việt Nam"
D25 = P("đến năm 2025", None, "2025-12-31")
D30 = P("đến năm 2030", None, "2030-12-31")
Y24 = YEAR(2024, "Năm 2024")

FIGS = [
    F("Gần 2.800 gia đình", "2.800", 2800, "count", "gia đình", "gia đình nhận chăm sóc thay thế trẻ em", approx="nearly"),
    F("khoảng 2.780 gia đình", "2.780", 2780, "count", "gia đình", "gia đình nhận chăm sóc thay thế", approx="about",
      change=CH("increase", 2.3, "lần", "năm 2019", "nearly")),
    F("hơn 3.400 trẻ em", "3.400", 3400, "count", "trẻ em",
      "trẻ em mồ côi, bị bỏ rơi hoặc không có người chăm sóc được gia đình nhận chăm sóc thay thế nuôi dưỡng", approx="over"),
    F("khoảng 26,4 triệu trẻ em", "26,4", 26.4e6, "count", "trẻ em", "trẻ em cả nước", approx="about"),
    F("hơn 1,5 triệu em", "1,5", 1.5e6, "count", "em", "trẻ em có hoàn cảnh đặc biệt", approx="over",
      total=26.4e6, percent=5.7),
    F("Khoảng 21.300 trẻ em", "21.300", 21300, "count", "trẻ em", "trẻ em đang sống tại cơ sở trợ giúp xã hội",
      approx="about"),
    F("tại 425 cơ sở", "425", 425, "count", "cơ sở", "cơ sở trợ giúp xã hội"),
    F("191 cơ sở", "191", 191, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập", total=425),
    F("234 cơ sở", "234", 234, "count", "cơ sở", "cơ sở trợ giúp xã hội ngoài công lập", total=425),
    F("đạt 91,5%", "91,5", 91.5, "percent", "%", "tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc",
      YEAR(2023), change=CH("increase", 1.5, "điểm phần trăm", "chỉ tiêu"), target=TG(90, met=True)),
    F("từ 30 đến 40%", "30", 30, "percent", "%",
      "chi phí nuôi một trẻ tại gia đình nhận chăm sóc thay thế so với nuôi tại cơ sở", value_max=40),
    F("tối thiểu 1.080.000 đồng/trẻ/tháng", "1.080.000", 1080000, "money", "đồng/trẻ/tháng",
      "mức hỗ trợ gia đình nhận chăm sóc thay thế", approx="at_least"),
    F("dưới 4 tuổi", "4", 4, "measure", "tuổi", approx="under", optional=True),
    F("hỗ trợ 2.700.000 đồng", "2.700.000", 2700000, "money", "đồng", "mức hỗ trợ trẻ dưới 4 tuổi"),
    F("có 90% trẻ em", "90", 90, "percent", "%",
      "trẻ em có hoàn cảnh đặc biệt được chăm sóc thay thế tại cộng đồng", D25, status="target"),
    F("đạt 95%", "95", 95, "percent", "%",
      "tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc thay thế tại cộng đồng", D30, status="target"),
    F("tại 5 tỉnh", "5", 5, "count", "tỉnh, thành phố",
      "tỉnh, thành phố thí điểm mô hình gia đình chăm sóc thay thế chuyên nghiệp", Y24, status="forecast"),
    F("khoảng 150 gia đình", "150", 150, "count", "gia đình",
      "gia đình chăm sóc thay thế chuyên nghiệp thí điểm", Y24, approx="about", status="forecast"),
]

COMMENTS = [
    "National press (invented, VnExpress-like dateline Thứ tư, 12/6/2024, 06:30 (GMT+7)): foster families and children in care.",
    "Location Việt Nam (cả nước, a ministry department's national totals). 'tăng gần 2,3 lần so với năm 2019' after 2.780 is its change",
    "(lần, nearly). 'trong số này' after 425 cơ sở gives the parts total 425 (the whole counting the same thing, not 21.300 trẻ em).",
    "'hơn 1,5 triệu em' after 'trong đó' following 26,4 triệu -> total and share. 'vượt 1,5 điểm phần trăm so với chỉ tiêu (90%)' ->",
    "change with baseline chỉ tiêu and target 90 met. 'từ 30 đến 40%' is a range percent (the claim). 'một trẻ' in the cost sentence is",
    "a per-unit phrase, not a figure. Distractors: dateline, GMT+7, ngày 11/6, Quyết định số 1438/QĐ-TTg. 'Hiện' sentences: no period.",
]

if __name__ == "__main__":
    emit("p620-6", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Việt Nam")
