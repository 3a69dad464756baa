"""p1266-6: national newspaper: overflowing field bins in Cần Thơ and Hậu Giang."""
from lib import F, P, I, CH, TG, write

TEXT = """Thời sự > Nông nghiệp
Thứ hai, 9/9/2024, 06:00 (GMT+7)

Bể chứa bao gói thuốc trừ sâu đầy tràn giữa đồng

Nhiều bể chứa bao gói thuốc bảo vệ thực vật ở Cần Thơ, Hậu Giang quá tải vì chậm được thu gom, vỏ chai tràn xuống mương nước.

Cánh đồng gần 200 ha ven Quốc lộ 80 ở xã Thạnh Lộc, huyện Vĩnh Thạnh (Cần Thơ) có 26 bể chứa, nhưng hiện có tới 19 bể đầy, nắp vỡ. Ông Trần Văn Sáu, 58 tuổi, cho biết gia đình ông làm 3 ha lúa, vụ hè thu vừa qua phun thuốc 6-7 lần, thải ra khoảng ba chục vỏ chai, gói.

Theo Sở Nông nghiệp và Phát triển nông thôn Cần Thơ, toàn thành phố có 4.815 bể chứa; 8 tháng đầu năm thu gom 41,3 tấn bao gói, tăng 9% so với cùng kỳ, nhưng chỉ bằng khoảng 55% lượng phát sinh. Chi phí xử lý 1 kg bao gói từ 15.000 đến 20.000 đồng, trong khi ngân sách cấp cho mỗi huyện chỉ 150-200 triệu đồng/năm.

Tại Hậu Giang, tỉnh có hơn 3.100 bể nhưng năm 2023 chỉ thu gom được 17,5 tấn, đứng thứ 9 vùng Đồng bằng sông Cửu Long.

PGS.TS Nguyễn Văn Hòa, Viện Lúa Đồng bằng sông Cửu Long, ước tính toàn vùng mỗi năm thải ra khoảng 4.000 tấn bao gói, nhưng lượng được xử lý đúng quy định chưa tới 30%. "Nếu không có cơ chế buộc doanh nghiệp sản xuất thuốc thu hồi bao bì, bể chứa sẽ mãi là bãi rác giữa đồng", ông nói.

Ngọc Tài
"""

M8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
VTH = "Vĩnh Thạnh"

FIGS = [
    F("gần 200 ha", "200", 200, "measure", "ha", approx="nearly", subject="cánh đồng", location=VTH),
    F("có 26 bể", "26", 26, "count", "bể", subject="bể chứa của cánh đồng", location=VTH),
    F("tới 19 bể", "19", 19, "count", "bể", subject="bể đầy, nắp vỡ", location=VTH),
    F("58 tuổi", "58", 58, "measure", "tuổi", subject="tuổi ông Trần Văn Sáu", location=VTH,
      optional=True),
    F("làm 3 ha", "3", 3, "measure", "ha", subject="lúa gia đình ông làm", location=VTH),
    F("thuốc 6-7 lần", "6", 6, "count", "lần", value_max=7, subject="phun thuốc", location=VTH),
    F("khoảng ba chục", "ba chục", 30, "count", "vỏ chai, gói", approx="about",
      subject="vỏ chai, gói thải ra", location=VTH),
    F("có 4.815 bể", "4.815", 4815, "count", "bể", subject="bể chứa toàn thành phố", location="Cần Thơ"),
    F("thu gom 41,3 tấn", "41,3", 41.3, "measure", "tấn", percent=55,
      change=CH("increase", 9, "%", "cùng kỳ"), subject="bao gói thu gom", period=M8,
      location="Cần Thơ"),
    F("từ 15.000 đến 20.000", "15.000", 15000, "money", "đồng/kg", value_max=20000,
      subject="chi phí xử lý bao gói", location="Cần Thơ"),
    F("150-200 triệu", "150", 150e6, "money", "đồng/năm", value_max=200e6,
      subject="ngân sách cấp cho mỗi huyện", location="Cần Thơ"),
    F("hơn 3.100 bể", "3.100", 3100, "count", "bể", approx="over", subject="bể chứa",
      location="Hậu Giang"),
    F("được 17,5 tấn", "17,5", 17.5, "measure", "tấn", subject="bao gói thu gom", period=Y23,
      location="Hậu Giang"),
    F("đứng thứ 9", "9", 9, "rank", "hạng", subject="thu gom bao gói",
      period=Y23, location="Hậu Giang"),
    F("khoảng 4.000 tấn", "4.000", 4000, "measure", "tấn/năm", approx="about", status="estimate",
      subject="bao gói toàn vùng thải ra"),
    F("chưa tới 30%", "30", 30, "percent", "%", approx="under", status="estimate",
      subject="lượng được xử lý đúng quy định"),
]

NOTES = [
    "National newspaper: 'Thứ hai, 9/9/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), 'Quốc lộ 80', the '1 kg' denominator in 'Chi phí xử lý 1 kg bao gói từ 15.000 đến 20.000 đồng'.",
    "The field passage is in huyện Vĩnh Thạnh (Cần Thơ): location Vĩnh Thạnh; city figures Cần Thơ; Hậu Giang figures Hậu Giang.",
    "'58 tuổi' (a farmer's age) is a fact but not a statistic of the topic: optional. 'vụ hè thu vừa qua' is a season: no period.",
    "'19 bể đầy' after 'có 26 bể' has no part-of-whole cue (no trong đó / trong số): no total.",
    "41,3 tấn: period '8 tháng đầu năm' takes 2024 from the dateline; change +9% (cùng kỳ); 'chỉ bằng khoảng 55% lượng phát sinh' → percent 55.",
    "'Chi phí xử lý 1 kg ... từ 15.000 đến 20.000 đồng' → unit đồng/kg, range. '150-200 triệu đồng/năm' → range, rate.",
    "'đứng thứ 9 vùng Đồng bằng sông Cửu Long' → rank 9 of Hậu Giang, period năm 2023 (same sentence).",
    "revised after the first run: rank 9 subject 'thu gom bao gói vùng Đồng bằng sông Cửu Long' → 'thu gom bao gói' (the ranking field is not the indicator, as in the shared gold's ranks).",
    "The expert's regional estimate ('toàn vùng' = the Mekong Delta, neither a province nor the country): location null; 'ước tính' → estimate.",
]

if __name__ == "__main__":
    write("p1266-6", TEXT, NOTES, FIGS, published="2024-09-09")
