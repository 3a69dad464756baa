"""p1277-5: national newspaper (online, 'Thứ năm, 30/5/2024, 07:15 (GMT+7)'): e-cigarettes among pupils, national smoking figures, tax proposal."""
from lib import F, P, I, CH, TG, write

TEXT = """Sức khỏe › Tin tức

Hơn 8% học sinh dùng thuốc lá điện tử, Bộ Y tế đề xuất cấm

Thứ năm, 30/5/2024, 07:15 (GMT+7)

Tỷ lệ học sinh 13-15 tuổi sử dụng thuốc lá điện tử năm 2023 tăng gấp đôi so với năm 2022, theo khảo sát của Bộ Y tế.

Tại hội nghị hưởng ứng Ngày Thế giới không thuốc lá sáng 29/5, ông Trần Minh Khôi, Phó Cục trưởng Cục Quản lý môi trường y tế, cho biết khảo sát tại 34 tỉnh, thành phố năm 2023 cho thấy 8,1% học sinh trong độ tuổi này đang sử dụng thuốc lá điện tử, trong khi năm 2022 tỷ lệ này là 3,5%.

"Các sản phẩm mới được thiết kế bắt mắt, có hàng chục hương vị, bán qua mạng xã hội nên rất khó kiểm soát", ông Khôi nói.

Việt Nam hiện có khoảng 15,3 triệu người trưởng thành hút thuốc lá, đứng thứ 3 trong khu vực ASEAN về số người hút. Tỷ lệ hút thuốc ở nam giới là 38,9%, ở nữ giới 1,1%. Mỗi năm có hơn 40.000 người tử vong do các bệnh liên quan đến thuốc lá, gấp gần 6 lần số người chết vì tai nạn giao thông. Chi phí điều trị các bệnh do thuốc lá gây ra ước khoảng 24.700 tỷ đồng mỗi năm.

Bộ Y tế đề xuất cấm hoàn toàn thuốc lá điện tử, thuốc lá nung nóng; đồng thời kiến nghị tăng thuế tiêu thụ đặc biệt theo lộ trình, dự kiến năm 2026 cộng thêm 2.000 đồng/bao và tăng dần lên 10.000 đồng/bao vào năm 2030. Mục tiêu đến năm 2030 giảm tỷ lệ hút thuốc ở nam giới xuống còn 36%.

Theo Tổ chức Y tế Thế giới (WHO), đã có 34 quốc gia cấm bán thuốc lá điện tử, trong đó có Thái Lan, Singapore và Campuchia tại khu vực Đông Nam Á.

Lê Nga

#thuốc lá điện tử   #Bộ Y tế   #WHO
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y26 = P("năm 2026", "2026-01-01", "2026-12-31")
Y30 = P("vào năm 2030", "2030-01-01", "2030-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 8%", "8", 8, "percent", "%", approx="over", subject="học sinh dùng thuốc lá điện tử"),
    F("sinh 13-15 tuổi", "13", 13, "measure", "tuổi", value_max=15, optional=True,
      subject="độ tuổi học sinh được khảo sát"),
    F("gấp đôi", "đôi", 2, "multiple", "lần",
      subject="tỷ lệ học sinh 13-15 tuổi sử dụng thuốc lá điện tử", period=Y23),
    F("tại 34 tỉnh", "34", 34, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được khảo sát", period=Y23),
    F("8,1%", "8,1", 8.1, "percent", "%", subject="học sinh đang sử dụng thuốc lá điện tử", period=Y23),
    F("là 3,5%", "3,5", 3.5, "percent", "%", subject="tỷ lệ học sinh sử dụng thuốc lá điện tử", period=Y22),
    F("hàng chục hương vị", "chục", 10, "count", "hương vị", approx="about", optional=True,
      subject="hương vị của các sản phẩm mới"),
    F("khoảng 15,3 triệu", "15,3", 15.3e6, "count", "người", approx="about",
      subject="người trưởng thành hút thuốc lá"),
    F("thứ 3", "3", 3, "rank", "hạng", subject="số người hút thuốc lá trong khu vực ASEAN"),
    F("là 38,9%", "38,9", 38.9, "percent", "%", subject="tỷ lệ hút thuốc ở nam giới"),
    F("giới 1,1%", "1,1", 1.1, "percent", "%", subject="tỷ lệ hút thuốc ở nữ giới"),
    F("hơn 40.000", "40.000", 40000, "measure", "người/năm", approx="over",
      change=CH("increase", 6, "lần", "số người chết vì tai nạn giao thông", approx="nearly"),
      subject="người tử vong do các bệnh liên quan đến thuốc lá mỗi năm"),
    F("khoảng 24.700 tỷ", "24.700", 24.7e12, "money", "đồng/năm", approx="about", status="estimate",
      subject="chi phí điều trị các bệnh do thuốc lá gây ra"),
    F("thêm 2.000", "2.000", 2000, "money", "đồng/bao", status="forecast",
      subject="thuế tiêu thụ đặc biệt cộng thêm", period=Y26),
    F("lên 10.000", "10.000", 10000, "money", "đồng/bao", status="forecast",
      subject="thuế tiêu thụ đặc biệt cộng thêm", period=Y30),
    F("còn 36%", "36", 36, "percent", "%", status="target",
      subject="tỷ lệ hút thuốc ở nam giới", period=T30),
    F("có 34 quốc gia", "34", 34, "count", "quốc gia", location="",
      subject="quốc gia cấm bán thuốc lá điện tử"),
]

NOTES = [
    "National newspaper online: section breadcrumb, 'Thứ năm, 30/5/2024, 07:15 (GMT+7)', sapo, quote, byline, tags.",
    "Distractors: '(GMT+7)', 07:15, 'sáng 29/5', 'năm 2022' as a baseline. 'hàng chục hương vị' in a quote is a vague number word (spec lists 'hàng chục nghìn' as approx): optional, 10 about.",
    "'học sinh 13-15 tuổi' names the surveyed age band (a population label, not a claim): optional.",
    "Sapo 'tăng gấp đôi so với năm 2022' stands alone as the claim: kind multiple, value 2 ('đôi'), no change object.",
    "'34 tỉnh, thành phố' (count of provinces) and the national figures are 'Việt Nam'. WHO's '34 quốc gia' is a world count: location null (written as an empty string to override the default).",
    "'gấp gần 6 lần số người chết vì tai nạn giao thông' is the change of 40.000 (unit lần, approx nearly). 'Mỗi năm' → unit người/năm (rate).",
    "'ước khoảng 24.700 tỷ đồng mỗi năm' → estimate + about, unit đồng/năm. Tax steps: 'dự kiến' governs both clauses (forecast), periods 2026 and 2030.",
    "'Mục tiêu đến năm 2030 ... còn 36%' → target, period start null, end 2030-12-31. Present-tense national figures ('hiện') get no period.",
]

if __name__ == "__main__":
    write("p1277-5", TEXT, NOTES, FIGS, published="2024-05-30", location="Việt Nam")
