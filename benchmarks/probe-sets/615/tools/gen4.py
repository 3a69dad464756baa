"""p615-4: Ministry (Bộ NN&PTNT) site — national machine fleet, mechanisation rates by stage, drones by province, imports, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Cơ điện nông nghiệp
Thứ Ba, 09/04/2024 10:45

Cả nước có gần 780.000 máy kéo, cơ giới hóa khâu thu hoạch lúa đạt 95%

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến hết năm 2023, cả nước có khoảng 779.600 máy kéo các loại, tăng 2,3 lần so với năm 2011; 23.500 máy gặt đập liên hợp; hơn 11.000 máy sấy nông sản và khoảng 7.000 thiết bị bay không người lái phục vụ sản xuất. Mức trang bị động lực bình quân đạt 2,6 HP/ha canh tác.

Trong sản xuất lúa, tỷ lệ cơ giới hóa khâu làm đất đạt 98%, gieo trồng đạt 60%, chăm sóc đạt 80%, thu hoạch đạt 95%; đối với cây mía, tỷ lệ cơ giới hóa các khâu trên lần lượt là 95%, 55%, 50% và 15%. Các địa phương dẫn đầu về số thiết bị bay là Đồng Tháp (1.150 chiếc), An Giang (980 chiếc) và Kiên Giang (870 chiếc).

Năm 2023, kim ngạch nhập khẩu máy móc, thiết bị nông nghiệp đạt 1,02 tỷ USD, giảm 8,4% so với năm 2022; cơ khí trong nước mới đáp ứng khoảng 35% nhu cầu máy nông nghiệp.

Theo Quyết định số 858/QĐ-TTg ngày 14/7/2022 của Thủ tướng Chính phủ, đến năm 2030 tỷ lệ cơ giới hóa đồng bộ đối với các cây trồng chủ lực đạt trên 70%, mức trang bị động lực đạt 4 HP/ha canh tác; cơ khí trong nước đáp ứng trên 60% nhu cầu máy nông nghiệp.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
MIA = "tỷ lệ cơ giới hóa đối với cây mía khâu "
DRONE = "số thiết bị bay"

FIGS = [
    F("gần 780.000", "780.000", 780000, "count", "máy kéo", "máy kéo", I(ASOF), approx="nearly"),
    F("lúa đạt 95%", "95", 95, "percent", "%", "cơ giới hóa khâu thu hoạch lúa", I(ASOF)),
    F("khoảng 779.600", "779.600", 779600, "count", "máy kéo", "máy kéo các loại", ASOF, approx="about",
      change=CH("increase", 2.3, "lần", "năm 2011")),
    F("23.500 máy", "23.500", 23500, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp", ASOF),
    F("hơn 11.000", "11.000", 11000, "count", "máy sấy nông sản", "máy sấy nông sản", ASOF, approx="over"),
    F("khoảng 7.000", "7.000", 7000, "count", "thiết bị bay không người lái",
      "thiết bị bay không người lái phục vụ sản xuất", ASOF, approx="about"),
    F("2,6 HP/ha", "2,6", 2.6, "measure", "HP/ha canh tác", "mức trang bị động lực bình quân", I(ASOF)),
    F("làm đất đạt 98%", "98", 98, "percent", "%", "tỷ lệ cơ giới hóa trong sản xuất lúa khâu làm đất", I(ASOF)),
    F("gieo trồng đạt 60%", "60", 60, "percent", "%", "tỷ lệ cơ giới hóa trong sản xuất lúa khâu gieo trồng", I(ASOF)),
    F("chăm sóc đạt 80%", "80", 80, "percent", "%", "tỷ lệ cơ giới hóa trong sản xuất lúa khâu chăm sóc", I(ASOF)),
    F("thu hoạch đạt 95%", "95", 95, "percent", "%", "tỷ lệ cơ giới hóa trong sản xuất lúa khâu thu hoạch", I(ASOF)),
    F("là 95%", "95", 95, "percent", "%", MIA + "làm đất", I(ASOF)),
    F("95%, 55%", "55", 55, "percent", "%", MIA + "gieo trồng", I(ASOF)),
    F("55%, 50%", "50", 50, "percent", "%", MIA + "chăm sóc", I(ASOF)),
    F("và 15%", "15", 15, "percent", "%", MIA + "thu hoạch", I(ASOF)),
    F("Đồng Tháp (1.150 chiếc)", "1.150", 1150, "count", "chiếc", DRONE, I(ASOF), location="Đồng Tháp"),
    F("An Giang (980 chiếc)", "980", 980, "count", "chiếc", DRONE, I(ASOF), location="An Giang"),
    F("Kiên Giang (870 chiếc)", "870", 870, "count", "chiếc", DRONE, I(ASOF), location="Kiên Giang"),
    F("đạt 1,02 tỷ USD", "1,02", 1020000000, "money", "USD", "kim ngạch nhập khẩu máy móc, thiết bị nông nghiệp", Y23,
      change=CH("decrease", 8.4, "%", "năm 2022")),
    F("khoảng 35%", "35", 35, "percent", "%", "cơ khí trong nước đáp ứng nhu cầu máy nông nghiệp", Y23, approx="about"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ cơ giới hóa đồng bộ đối với các cây trồng chủ lực", T30,
      approx="over", status="target"),
    F("đạt 4 HP/ha", "4", 4, "measure", "HP/ha canh tác", "mức trang bị động lực", T30, status="target"),
    F("trên 60%", "60", 60, "percent", "%", "cơ khí trong nước đáp ứng nhu cầu máy nông nghiệp", T30,
      approx="over", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Thứ Ba, 09/04/2024 10:45': national machine fleet as of end-2023, mechanisation by stage for rice",
    "and sugarcane ('lần lượt'), drones by province, machinery imports 2023, targets to 2030 from Quyết định số 858/QĐ-TTg.",
    "Distractors: 858/QĐ-TTg ngày 14/7/2022, address Số 2 Ngọc Hà, time 10:45, baseline year 2011.",
    "Headline figures and the sentences after the as-of lead carry its period as inherited (unscored). 'tăng 2,3 lần so với năm 2011'",
    "is the change of 779.600 (unit lần). Provinces in the drone list go to location; the subject is the list's indicator.",
    "Choice: 'khoảng 35%' shares the sentence with 'Năm 2023' (after ';'), so its period is 2023 (scored).",
]

if __name__ == "__main__":
    emit("p615-4", TEXT, COMMENTS, FIGS, published="2024-04-09", location="Việt Nam")
