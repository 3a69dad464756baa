from lib import F, P, CH, TG, write

TEXT = """Cổng thông tin điện tử huyện Mù Cang Chải
Thứ Ba, 16/07/2024 - 15:20

Hơn 500 ngôi nhà mới cho đồng bào Mông ở Mù Cang Chải

Năm 2024, huyện Mù Cang Chải được giao tổng vốn thực hiện Chương trình MTQG 1719 là 186,4 tỷ đồng, tăng 14,7% so với năm 2023. Trong 6 tháng đầu năm, huyện đã giải ngân gần 71 tỷ đồng, đạt 38,1% kế hoạch.

Về hỗ trợ nhà ở, huyện đã rà soát, phê duyệt danh sách 642 hộ, trong đó 395 hộ làm mới và 247 hộ sửa chữa nhà; mức hỗ trợ 40 triệu đồng/hộ làm mới và 20 triệu đồng/hộ sửa chữa. Đến nay, 518 hộ đã hoàn thành, chiếm 80,7%. Nhiều ngôi nhà được dựng ngay bên Quốc lộ 32, trên nền đất do dòng họ, anh em góp công san gạt.

Huyện đã hỗ trợ đất ở cho 36 hộ với tổng diện tích 7.200 m2; hỗ trợ đất sản xuất cho 54 hộ, diện tích trên 16,2 ha; hỗ trợ chuyển đổi nghề cho 280 hộ.

Về nước sinh hoạt, huyện đã cấp 1.124 bồn chứa nước cho các hộ tại 8 xã khu vực III, nâng tỷ lệ hộ dân tộc thiểu số được sử dụng nước sinh hoạt hợp vệ sinh lên 86,5%.

Anh Giàng A Chừ ở bản Háng Đề Dê, xã Nậm Khắt chia sẻ: "Cả nhà 7 người trước ở trong căn nhà gỗ tạm, mùa mưa dột khắp nơi. Nay có nhà mới, có bồn nước, các con yên tâm đi học".

Thời gian tới, huyện phấn đấu đến ngày 31/12/2024 giải ngân đạt trên 95% kế hoạch vốn, hoàn thành 100% số nhà ở đã được phê duyệt; đồng thời đề nghị tỉnh bổ sung vốn cho khoảng 120 hộ phát sinh mới.

Giàng A Tủa - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

H1 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
NOW = P("Đến nay", end="2024-07-16")
TGT = P("đến ngày 31/12/2024", end="2024-12-31")

figs = [
    F("Hơn 500 ngôi nhà", "500", 500, "count", "ngôi nhà", "ngôi nhà mới cho đồng bào Mông", approx="over"),
    F("là 186,4 tỷ đồng", "186,4", 186400000000, "money", "đồng", "tổng vốn thực hiện Chương trình MTQG 1719",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=CH("increase", 14.7, "%", "năm 2023")),
    F("gần 71 tỷ đồng", "71", 71000000000, "money", "đồng", "vốn giải ngân", H1, approx="nearly", percent=38.1),
    F("danh sách 642 hộ", "642", 642, "count", "hộ", "hộ được phê duyệt hỗ trợ nhà ở", H1i),
    F("trong đó 395 hộ", "395", 395, "count", "hộ", "hộ làm mới nhà", H1i, total=642),
    F("và 247 hộ", "247", 247, "count", "hộ", "hộ sửa chữa nhà", H1i, total=642),
    F("hỗ trợ 40 triệu đồng/hộ", "40", 40000000, "money", "đồng/hộ", "mức hỗ trợ làm mới nhà"),
    F("và 20 triệu đồng/hộ", "20", 20000000, "money", "đồng/hộ", "mức hỗ trợ sửa chữa nhà"),
    F("518 hộ đã hoàn thành", "518", 518, "count", "hộ", "hộ đã hoàn thành nhà ở", NOW, percent=80.7),
    F("cho 36 hộ", "36", 36, "count", "hộ", "hộ được hỗ trợ đất ở", H1i),
    F("diện tích 7.200 m2", "7.200", 7200, "measure", "m2", "tổng diện tích đất ở hỗ trợ", H1i),
    F("cho 54 hộ", "54", 54, "count", "hộ", "hộ được hỗ trợ đất sản xuất", H1i),
    F("trên 16,2 ha", "16,2", 16.2, "measure", "ha", "diện tích đất sản xuất hỗ trợ", H1i, approx="over"),
    F("cho 280 hộ", "280", 280, "count", "hộ", "hộ được hỗ trợ chuyển đổi nghề", H1i),
    F("cấp 1.124 bồn", "1.124", 1124, "count", "bồn chứa nước", "bồn chứa nước cấp cho các hộ", H1i),
    F("tại 8 xã", "8", 8, "count", "xã", "xã khu vực III được cấp bồn chứa nước", H1i),
    F("lên 86,5%", "86,5", 86.5, "percent", "%",
      "tỷ lệ hộ dân tộc thiểu số được sử dụng nước sinh hoạt hợp vệ sinh", H1i),
    F("Cả nhà 7 người", "7", 7, "count", "người", "người trong gia đình anh Giàng A Chừ", optional=True),
    F("trên 95% kế hoạch", "95", 95, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn", TGT,
      approx="over", status="target"),
    F("hoàn thành 100%", "100", 100, "percent", "%", "số nhà ở đã được phê duyệt hoàn thành", TGT, status="target"),
    F("khoảng 120 hộ", "120", 120, "count", "hộ", "hộ phát sinh mới đề nghị bổ sung vốn", approx="about", optional=True),
]

write("p450-2", TEXT, [
    "Cổng TTĐT huyện Mù Cang Chải (district portal, Yên Bái): 1719 housing, land, water, capital, first half of 2024.",
    "Dateline 'Thứ Ba, 16/07/2024 - 15:20', byline at the end. Distractors: 'MTQG 1719', 'Quốc lộ 32', 'khu vực III', '31/12/2024'.",
    "'6 tháng đầu năm' takes the year 2024 of 'Năm 2024' in the previous sentence; the following paragraphs inherit it.",
    "'642 hộ, trong đó 395 … và 247 …' gives total 642; '518 hộ …, chiếm 80,7%' has a share but no cue for a whole. 'Đến nay' ends at the dateline.",
    "Support levels '40 triệu đồng/hộ' are money with unit đồng/hộ (rate), no period. 'Cả nhà 7 người' (a quote) optional.",
    "'khoảng 120 hộ phát sinh mới' (request after 'phấn đấu …; đồng thời đề nghị'): status debatable, optional.",
], figs, published="2024-07-16", location="Mù Cang Chải")
