"""p1413-6: national newspaper: Long An farmers spend more against brown planthopper on autumn-winter rice."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ năm, 10/10/2024, 14:05 (GMT+7)

Nông dân Long An tốn thêm tiền triệu mỗi ha vì rầy nâu

Rầy nâu bùng phát trên lúa Thu Đông khiến nhiều nông dân ở Long An phải phun thuốc liên tục, chi phí tăng, năng suất dự kiến giảm.

Ông Huỳnh Văn Sáu, 58 tuổi, ở xã Nhơn Hòa Lập, huyện Tân Thạnh, canh tác 3,5 ha lúa. Từ đầu vụ, ông đã phun thuốc trừ rầy 3 lần, chi phí tăng thêm khoảng 2,5 triệu đồng/ha. "Mỗi chai Chess 50WG giá 180.000 đồng, phun xong vài hôm rầy lại bùng lên", ông Sáu nói. Ông ước năng suất chỉ đạt 5,2 tấn/ha, giảm khoảng 1 tấn/ha so với vụ trước.

Ở ấp Ba, hơn ba chục hộ trồng lúa cũng chung cảnh. Giá lúa tươi tại ruộng hiện 7.200-7.500 đồng/kg, nên nhiều hộ chỉ hòa vốn.

Theo Chi cục Trồng trọt và Bảo vệ thực vật Long An, vụ Thu Đông 2024 toàn tỉnh xuống giống 98.500 ha; diện tích nhiễm rầy nâu hơn 6.300 ha, trong đó huyện Tân Thạnh 2.150 ha. Mật độ rầy phổ biến 2.000-3.000 con/m2. Trên cả nước, Cục Bảo vệ thực vật ghi nhận khoảng 25.000 ha lúa nhiễm rầy nâu, tập trung ở Đồng bằng sông Cửu Long.

TS Đoàn Minh Tâm, Viện Lúa Đồng bằng sông Cửu Long, cho rằng nguyên nhân chính là nông dân sạ dày 150-200 kg giống/ha và bón thừa đạm. Theo khuyến cáo, lượng giống sạ chỉ nên từ 80 đến 100 kg/ha.

Hoàng Nam
"""

TT = "Tân Thạnh"

FIGS = [
    fig("58 tuổi", "58", 58, "measure", "tuổi", optional=True, location=TT),
    fig("canh tác 3,5 ha", "3,5", 3.5, "measure", "ha",
        subject="lúa ông Huỳnh Văn Sáu canh tác", location=TT),
    fig("trừ rầy 3 lần", "3", 3, "count", "lần",
        subject="lần phun thuốc trừ rầy", location=TT),
    fig("khoảng 2,5 triệu", "2,5", 2.5e6, "money", "đồng/ha", approx="about",
        subject="chi phí tăng thêm", location=TT),
    fig("giá 180.000 đồng", "180.000", 180000, "money", "đồng/chai",
        subject="giá mỗi chai Chess 50WG", location=TT),
    fig("đạt 5,2 tấn/ha", "5,2", 5.2, "measure", "tấn/ha", status="estimate",
        change=chg("decrease", 1, "tấn/ha", "vụ trước", approx="about"),
        subject="năng suất", location=TT),
    fig("hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over",
        subject="hộ trồng lúa ở ấp Ba", location=TT),
    fig("hiện 7.200-7.500", "7.200", 7200, "money", "đồng/kg", value_max=7500,
        subject="giá lúa tươi tại ruộng", location=TT),
    fig("xuống giống 98.500 ha", "98.500", 98500, "measure", "ha",
        subject="diện tích xuống giống vụ Thu Đông toàn tỉnh"),
    fig("hơn 6.300 ha", "6.300", 6300, "measure", "ha", approx="over",
        subject="diện tích nhiễm rầy nâu"),
    fig("Tân Thạnh 2.150 ha", "2.150", 2150, "measure", "ha", total=6300,
        subject="diện tích nhiễm rầy nâu", location=TT),
    fig("phổ biến 2.000-3.000", "2.000", 2000, "measure", "con/m2", value_max=3000,
        subject="mật độ rầy phổ biến"),
    fig("khoảng 25.000 ha", "25.000", 25000, "measure", "ha", approx="about",
        subject="lúa nhiễm rầy nâu", location="Việt Nam"),
    fig("sạ dày 150-200", "150", 150, "measure", "kg/ha", value_max=200,
        subject="lượng giống nông dân sạ"),
    fig("từ 80 đến 100 kg/ha", "80", 80, "measure", "kg/ha", value_max=100,
        subject="lượng giống sạ theo khuyến cáo"),
]

NOTES = [
    "National newspaper: 'Thứ năm, 10/10/2024, 14:05 (GMT+7)', headline, sapo, farmer's quote, byline at the end.",
    "Distractors: 14:05, '(GMT+7)', 'Ông Huỳnh Văn Sáu' / 'ông Sáu' (a name: Sáu = six), 'ấp Ba' (hamlet name: Ba = three),",
    "'Chess 50WG' (product), 'tiền triệu' (no number), 'vụ Thu Đông 2024' (season), 'vài hôm' (no number).",
    "The farmer's passage (xã Nhơn Hòa Lập, huyện Tân Thạnh; ấp Ba) → location Tân Thạnh; the provincial figures → Long An; 'Trên cả nước' → Việt Nam.",
    "'58 tuổi' (a person's age) is optional, as ages are in the shared gold.",
    "'Mỗi chai ... giá 180.000 đồng' → đồng/chai. 'Ông ước năng suất chỉ đạt 5,2 tấn/ha' → estimate; 'giảm khoảng 1 tấn/ha so với vụ trước' → change.",
    "'hơn ba chục hộ' → 30, over. 'trong đó huyện Tân Thạnh 2.150 ha' → total 6.300 (the whole is 'hơn 6.300 ha').",
    "The expert's seeding rates carry no place of their own: default Long An (borderline). 'chỉ nên' (recommendation) is not a status cue: actual.",
    "'Từ đầu vụ' and 'hiện' give no dated period: no period anywhere in this article.",
    "revised after the first run: unit of '150-200 kg giống/ha' 'kg giống/ha' → 'kg/ha' (shortest noun phrase; 'giống' is what is weighed,",
    "it belongs to the subject, as 'ha lúa' → 'ha' and '2.300 lít thuốc' → 'lít' elsewhere in this set).",
]

if __name__ == "__main__":
    write("p1413-6", TEXT, NOTES, FIGS, published="2024-10-10", location="Long An")
