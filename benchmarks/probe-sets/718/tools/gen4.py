"""p718-4: Ủy ban Dân tộc ministry site — 3-year review of Tiểu dự án 2 Dự án 9, national rates, ethnic groups, provinces."""
from lib import fig, per, inh, chg, write

TEXT = """ỦY BAN DÂN TỘC - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện > Hoạt động của Ủy ban

Sơ kết 3 năm thực hiện Tiểu dự án 2, Dự án 9: Tỷ lệ tảo hôn vùng dân tộc thiểu số giảm còn 18,6%

Ngày đăng: 27/06/2024 | Lượt xem: 1.928

Sáng 26/6, tại Hà Nội, Ủy ban Dân tộc tổ chức Hội nghị sơ kết 3 năm thực hiện Tiểu dự án 2 "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số và miền núi" thuộc Dự án 9, Chương trình MTQG 1719 giai đoạn 2021-2025.

Báo cáo tại hội nghị cho biết, tỷ lệ tảo hôn trong vùng đồng bào dân tộc thiểu số năm 2023 ước còn 18,6%, giảm 3,3 điểm phần trăm so với năm 2019; tỷ lệ hôn nhân cận huyết thống ước khoảng 0,5%. Năm 2019, tỷ lệ tảo hôn của người dân tộc thiểu số là 21,9%, cao nhất là dân tộc Mông (51,5%), Xinh Mun (46,1%) và La Ha (44,8%).

Sau 3 năm, các bộ, ngành và 49/51 tỉnh thuộc phạm vi Tiểu dự án đã tổ chức hơn 13.400 hội nghị, hội thảo, tập huấn với khoảng 1,2 triệu lượt người tham dự; xây dựng và duy trì 2.560 mô hình, trong đó có 1.120 mô hình "Xã, phường, thị trấn can thiệp giảm thiểu tảo hôn". Tổng vốn ngân sách trung ương giao giai đoạn 2022-2024 là 1.009,5 tỷ đồng; đến ngày 31/5/2024 đã giải ngân 628,3 tỷ đồng, đạt 62,2%.

Phát biểu tại hội nghị, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc đề nghị các địa phương tập trung vào 10 tỉnh có tỷ lệ tảo hôn cao nhất năm 2023 là Lai Châu (36,1%), Điện Biên (33,6%), Hà Giang (32,4%)…; phấn đấu đến năm 2025 giảm bình quân từ 2 đến 3%/năm số cặp tảo hôn và từ 3 đến 5%/năm số cặp hôn nhân cận huyết thống ở những địa bàn có tỷ lệ cao.

Hội nghị được kết nối trực tuyến tới 51 điểm cầu các tỉnh, thành phố. Đường dây nóng của Ủy ban: 024.3734.9540.
"""

Y19 = per("Năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("giảm còn 18,6%", "18,6", 18.6, "percent", "%",
        subject="Tỷ lệ tảo hôn vùng dân tộc thiểu số"),
    fig("ước còn 18,6%", "18,6", 18.6, "percent", "%", status="estimate",
        change=chg("decrease", 3.3, "điểm phần trăm", "năm 2019"),
        subject="tỷ lệ tảo hôn trong vùng đồng bào dân tộc thiểu số", period=Y23),
    fig("ước khoảng 0,5%", "0,5", 0.5, "percent", "%", approx="about", status="estimate",
        subject="tỷ lệ hôn nhân cận huyết thống", period=Y23),
    fig("là 21,9%", "21,9", 21.9, "percent", "%",
        subject="tỷ lệ tảo hôn của người dân tộc thiểu số", period=Y19),
    fig("Mông (51,5%)", "51,5", 51.5, "percent", "%", subject="tỷ lệ tảo hôn của dân tộc Mông", period=Y19),
    fig("Xinh Mun (46,1%)", "46,1", 46.1, "percent", "%", subject="tỷ lệ tảo hôn của dân tộc Xinh Mun", period=Y19),
    fig("La Ha (44,8%)", "44,8", 44.8, "percent", "%", subject="tỷ lệ tảo hôn của dân tộc La Ha", period=Y19),
    fig("49/51 tỉnh", "49", 49, "count", "tỉnh", total=51,
        subject="tỉnh thuộc phạm vi Tiểu dự án tổ chức hội nghị, hội thảo, tập huấn"),
    fig("hơn 13.400 hội nghị", "13.400", 13400, "count", "hội nghị", approx="over",
        subject="hội nghị, hội thảo, tập huấn"),
    fig("khoảng 1,2 triệu lượt người", "1,2", 1200000, "count", "lượt người", approx="about",
        subject="lượt người tham dự hội nghị, hội thảo, tập huấn"),
    fig("duy trì 2.560 mô hình", "2.560", 2560, "count", "mô hình", subject="mô hình xây dựng và duy trì"),
    fig("có 1.120 mô hình", "1.120", 1120, "count", "mô hình", total=2560,
        subject='mô hình "Xã, phường, thị trấn can thiệp giảm thiểu tảo hôn"'),
    fig("là 1.009,5 tỷ đồng", "1.009,5", 1009500000000, "money", "đồng",
        subject="tổng vốn ngân sách trung ương giao",
        period=per("giai đoạn 2022-2024", "2022-01-01", "2024-12-31")),
    fig("giải ngân 628,3 tỷ đồng", "628,3", 628300000000, "money", "đồng", percent=62.2,
        subject="vốn ngân sách trung ương giải ngân", period=per("đến ngày 31/5/2024", end="2024-05-31")),
    fig("vào 10 tỉnh", "10", 10, "count", "tỉnh", subject="tỉnh có tỷ lệ tảo hôn cao nhất", period=Y23),
    fig("Lai Châu (36,1%)", "36,1", 36.1, "percent", "%", subject="tỷ lệ tảo hôn", period=Y23, location="Lai Châu"),
    fig("Điện Biên (33,6%)", "33,6", 33.6, "percent", "%", subject="tỷ lệ tảo hôn", period=Y23, location="Điện Biên"),
    fig("Hà Giang (32,4%)", "32,4", 32.4, "percent", "%", subject="tỷ lệ tảo hôn", period=Y23, location="Hà Giang"),
    fig("từ 2 đến 3%/năm", "2", 2, "percent", "%", value_max=3, status="target",
        subject="mức giảm bình quân số cặp tảo hôn", period=T25),
    fig("từ 3 đến 5%/năm", "3", 3, "percent", "%", value_max=5, status="target",
        subject="mức giảm bình quân số cặp hôn nhân cận huyết thống", period=T25),
    fig("tới 51 điểm cầu", "51", 51, "count", "điểm cầu", subject="điểm cầu các tỉnh, thành phố kết nối trực tuyến"),
]

NOTES = [
    "Ủy ban Dân tộc portal (ministry site): sơ kết 3 năm Tiểu dự án 2, Dự án 9 — national rates, ethnic groups, provinces, funding.",
    "National figures -> Việt Nam; ethnic groups are not places (subject names the group, as h26 names investors); provinces in the",
    "list -> location. 'giảm 3,3 điểm phần trăm' is the change of 18,6%. The headline 18,6% has no cue of its own (actual).",
    "revised: subject of '51 điểm cầu' now keeps the sentence's own noun phrase 'điểm cầu các tỉnh, thành phố'.",
    "'Sơ kết 3 năm', 'Sáng 26/6', 'MTQG 1719', 'giai đoạn 2021-2025', hotline, 'Lượt xem' are not figures.",
]

if __name__ == "__main__":
    write("p718-4", TEXT, NOTES, FIGS, published="2024-06-27", location="Việt Nam")
