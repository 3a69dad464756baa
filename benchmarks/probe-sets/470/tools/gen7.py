from lib import *

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ SÊ
Trang chủ | Tin tức - Sự kiện | Lao động - Xã hội

Chư Sê chi trả trợ cấp xã hội quý III/2024 cho hơn 3.200 đối tượng

Trong quý III/2024, Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Bưu điện huyện chi trả trợ cấp xã hội hằng tháng cho 3.215 đối tượng với tổng kinh phí 6,84 tỷ đồng (bình quân 2,13 triệu đồng/người/quý), tăng 4,2% so với cùng kỳ.

Trong đó, người khuyết tật 1.402 người (chiếm 43,6%), người cao tuổi 1.286 người, trẻ em mồ côi 97 em, còn lại là các đối tượng khác. Trong số 1.402 người khuyết tật, có 286 người khuyết tật tâm thần, trí tuệ.

Số đối tượng nhận trợ cấp qua tài khoản ngân hàng là 1.058 người, chiếm 32,9%, cao hơn 11,4 điểm phần trăm so với quý II.

Cũng trong quý, theo Quyết định số 1157/QĐ-UBND, huyện điều chỉnh trợ cấp cho 164 đối tượng và thôi hưởng đối với 39 trường hợp do chết hoặc chuyển đi nơi khác.

Từ đầu năm đến nay, huyện đã phối hợp đưa 12 người tâm thần lang thang vào Trung tâm Công tác xã hội tỉnh; hiện còn 7 người đang được nuôi dưỡng tại đây. Toàn huyện đang quản lý gần 300 người bệnh tâm thần tại cộng đồng, trên 90% được cấp thuốc điều trị định kỳ.

Năm 2024, huyện phấn đấu 100% đối tượng được chi trả đúng hạn, tỷ lệ nhận trợ cấp qua tài khoản đạt tối thiểu 40%.

Người dân có thắc mắc liên hệ Phòng LĐ-TB&XH huyện, số 3 đường Hùng Vương, tổ dân phố 5, thị trấn Chư Sê; điện thoại 0269.3852.115.

Ngọc Minh
07/10/2024
"""

Q = P("quý III/2024", "2024-07-01", "2024-09-30")
Qi = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("hơn 3.200 đối tượng", "3.200", 3200, "count", "đối tượng", "đối tượng được chi trả trợ cấp xã hội", approx="over", period=Q),
    F("cho 3.215 đối tượng", "3.215", 3215, "count", "đối tượng", "đối tượng được chi trả trợ cấp xã hội hằng tháng", period=Q),
    F("kinh phí 6,84 tỷ đồng", "6,84", 6840000000, "money", "đồng", "tổng kinh phí chi trả trợ cấp xã hội",
      change=ch("increase", 4.2, baseline="cùng kỳ"), period=Q),
    F("(bình quân 2,13 triệu", "2,13", 2130000, "money", "đồng/người/quý", "kinh phí bình quân", period=Q),
    F("tật 1.402 người (chiếm", "1.402", 1402, "count", "người", "người khuyết tật", total=3215, percent=43.6, period=Qi),
    F("tuổi 1.286 người", "1.286", 1286, "count", "người", "người cao tuổi", total=3215, period=Qi),
    F("côi 97 em", "97", 97, "count", "em", "trẻ em mồ côi", total=3215, period=Qi),
    F("có 286 người", "286", 286, "count", "người", "người khuyết tật tâm thần, trí tuệ", total=1402, period=Qi),
    F("là 1.058 người", "1.058", 1058, "count", "người", "đối tượng nhận trợ cấp qua tài khoản ngân hàng", percent=32.9,
      change=ch("increase", 11.4, unit="điểm phần trăm", baseline="quý II"), period=Qi),
    F("cho 164 đối tượng", "164", 164, "count", "đối tượng", "đối tượng được điều chỉnh trợ cấp", period=Qi),
    F("với 39 trường hợp", "39", 39, "count", "trường hợp", "trường hợp thôi hưởng trợ cấp", period=Qi),
    F("đưa 12 người", "12", 12, "count", "người", "người tâm thần lang thang đưa vào Trung tâm Công tác xã hội tỉnh", period=YTD),
    F("còn 7 người", "7", 7, "count", "người", "người đang được nuôi dưỡng tại Trung tâm"),
    F("gần 300 người", "300", 300, "count", "người bệnh tâm thần", "người bệnh tâm thần được quản lý tại cộng đồng", approx="nearly"),
    F("trên 90% được", "90", 90, "percent", "%", "người bệnh tâm thần được cấp thuốc điều trị định kỳ", approx="over"),
    F("phấn đấu 100% đối tượng", "100", 100, "percent", "%", "đối tượng được chi trả đúng hạn", status="target", period=Y),
    F("tối thiểu 40%", "40", 40, "percent", "%", "tỷ lệ nhận trợ cấp qua tài khoản", approx="at_least", status="target", period=Y),
]

build(7, [
    "District portal (huyện Chư Sê, Gia Lai), no dateline on top, byline and a bare date '07/10/2024' at the end; social-assistance payments, Q3/2024.",
    "Headline 'hơn 3.200' annotated. '(bình quân 2,13 triệu đồng/người/quý)' is a money rate of its own; the change 'tăng 4,2%' belongs to 6,84 tỷ across the bracket.",
    "'Trong đó …' after a sentence break gives totals 3.215 (1.402 also percent 43.6); 'Trong số 1.402 …, có 286' total 1402.",
    "'1.058 người, chiếm 32,9%, cao hơn 11,4 điểm phần trăm so với quý II' → percent + change. 'hiện còn 7 người' has no part-of cue: no total.",
    "Distractors: Quyết định số 1157/QĐ-UBND, address số 3, tổ dân phố 5, phone, 'quý II' as a baseline. 'hiện' / 'Toàn huyện đang' counts carry no period.",
], text, figs, published="2024-10-07", location="Chư Sê")
