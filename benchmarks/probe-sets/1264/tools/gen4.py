"""p1264-4: ministry site (Bộ NN&PTNT): national machine fleet end-2023, mechanisation rates, imports, 2030 targets (Việt Nam)."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Tin hoạt động của Bộ

Đẩy mạnh cơ giới hóa đồng bộ trong sản xuất nông nghiệp

Ngày đăng: 08/06/2024 | Cục Kinh tế hợp tác và PTNT

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, tính đến hết năm 2023, cả nước có khoảng 790 nghìn máy kéo, tăng 2,5% so với năm 2022; hơn 27.000 máy gặt đập liên hợp, gần 11.000 máy cấy và trên 1.200 thiết bị bay không người lái phục vụ nông nghiệp.

Năm 2023, mức trang bị động lực bình quân đạt 4,2 mã lực/ha canh tác, cao hơn 0,3 mã lực/ha so với năm 2020. Đối với cây lúa, tỷ lệ cơ giới hóa khâu làm đất đạt 98%, chăm sóc 75%, thu hoạch 95%, trong khi khâu gieo cấy mới đạt khoảng 45%. Các địa phương có tỷ lệ cấy bằng máy cao nhất lần lượt là Thái Bình (52%), Nam Định (48%) và Hà Nam (45%).

Các doanh nghiệp cơ khí trong nước mới đáp ứng khoảng 35% nhu cầu máy kéo công suất nhỏ và dưới 10% nhu cầu máy gặt đập liên hợp. Năm 2023, kim ngạch nhập khẩu máy móc, thiết bị nông nghiệp đạt 612 triệu USD, tăng 8,4% so với năm trước, trong đó Nhật Bản chiếm 41%. Riêng quý I/2024, kim ngạch nhập khẩu đạt 148 triệu USD.

Theo Đề án phát triển cơ giới hóa nông nghiệp (Quyết định số 858/QĐ-TTg), mục tiêu đến năm 2030 tỷ lệ cơ giới hóa đồng bộ trong sản xuất lúa đạt trên 90%, các cây trồng chủ lực khác đạt 70-80%; phấn đấu có ít nhất 2.000 hợp tác xã cung ứng dịch vụ cơ giới.

Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.3846.8161
"""

ASOF = per("tính đến hết năm 2023", None, "2023-12-31")
Y23 = year("Năm 2023", 2023)
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
T30 = per("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ cơ giới hóa khâu "
LIST = "tỷ lệ cấy bằng máy"

FIGS = [
    fig("khoảng 790 nghìn", "790", 790000, "count", "máy kéo", approx="about",
        change=chg("increase", 2.5, "%", "năm 2022"), subject="máy kéo", period=ASOF),
    fig("hơn 27.000", "27.000", 27000, "count", "máy gặt đập liên hợp", approx="over",
        subject="máy gặt đập liên hợp", period=ASOF),
    fig("gần 11.000", "11.000", 11000, "count", "máy cấy", approx="nearly", subject="máy cấy", period=ASOF),
    fig("trên 1.200", "1.200", 1200, "count", "thiết bị bay không người lái", approx="over",
        subject="thiết bị bay không người lái phục vụ nông nghiệp", period=ASOF),
    fig("đạt 4,2 mã", "4,2", 4.2, "measure", "mã lực/ha", change=chg("increase", 0.3, "mã lực/ha", "năm 2020"),
        subject="mức trang bị động lực bình quân", period=Y23),
    fig("đạt 98%", "98", 98, "percent", "%", subject=RATE + "làm đất lúa", period=inh(Y23)),
    fig("chăm sóc 75%", "75", 75, "percent", "%", subject=RATE + "chăm sóc lúa", period=inh(Y23)),
    fig("thu hoạch 95%", "95", 95, "percent", "%", subject=RATE + "thu hoạch lúa", period=inh(Y23)),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about", subject=RATE + "gieo cấy lúa", period=inh(Y23)),
    fig("Bình (52%)", "52", 52, "percent", "%", subject=LIST, period=inh(Y23), location="Thái Bình"),
    fig("Định (48%)", "48", 48, "percent", "%", subject=LIST, period=inh(Y23), location="Nam Định"),
    fig("Nam (45%)", "45", 45, "percent", "%", subject=LIST, period=inh(Y23), location="Hà Nam"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="nhu cầu máy kéo công suất nhỏ doanh nghiệp cơ khí trong nước đáp ứng"),
    fig("dưới 10%", "10", 10, "percent", "%", approx="under",
        subject="nhu cầu máy gặt đập liên hợp doanh nghiệp cơ khí trong nước đáp ứng"),
    fig("đạt 612 triệu", "612", 612e6, "money", "USD", change=chg("increase", 8.4, "%", "năm trước"),
        subject="kim ngạch nhập khẩu máy móc, thiết bị nông nghiệp", period=Y23),
    fig("chiếm 41%", "41", 41, "percent", "%",
        subject="tỷ trọng của Nhật Bản trong kim ngạch nhập khẩu máy móc, thiết bị nông nghiệp", period=Y23),
    fig("đạt 148 triệu", "148", 148e6, "money", "USD", subject="kim ngạch nhập khẩu", period=Q1),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ cơ giới hóa đồng bộ trong sản xuất lúa", period=T30),
    fig("đạt 70-80%", "70", 70, "percent", "%", value_max=80, status="target",
        subject="tỷ lệ cơ giới hóa đồng bộ các cây trồng chủ lực khác", period=T30),
    fig("ít nhất 2.000", "2.000", 2000, "count", "hợp tác xã", approx="at_least", status="target",
        subject="hợp tác xã cung ứng dịch vụ cơ giới", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT), national (Việt Nam): breadcrumb, 'Ngày đăng: 08/06/2024 | Cục ...', address and phone footer.",
    "Distractors: Quyết định số 858/QĐ-TTg, 'Số 2 Ngọc Hà', 024.3846.8161, baselines năm 2020 / năm 2022 / năm trước.",
    "'tính đến hết năm 2023' is an as-of date (end 2023-12-31) for the whole fleet sentence; '790 nghìn' = 790000.",
    "'cao hơn 0,3 mã lực/ha so với năm 2020' → change in mã lực/ha. Rice mechanisation rates and the province list stand in",
    "the sentence after 'Năm 2023' (inherited). 'lần lượt là Thái Bình (52%) ...' shares 'tỷ lệ cấy bằng máy'; provinces → location.",
    "Nhật Bản is a trade partner: location stays Việt Nam. 'trong đó Nhật Bản chiếm 41%' is a percent figure of its own.",
    "The domestic-supply shares (35%, dưới 10%) state no period. 2030 targets: 'mục tiêu' and 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1264-4", TEXT, NOTES, FIGS, published="2024-06-08", location="Việt Nam")
