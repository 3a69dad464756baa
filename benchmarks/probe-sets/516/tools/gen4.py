"""p516-4: Ủy ban Dân tộc ministry site — national results of Chương trình MTQG 1719 after 3 years."""
from lib import fig, per, inh, ch, emit

TEXT = """ỦY BAN DÂN TỘC - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Chương trình MTQG 1719
Ngày đăng: 05/12/2024 | Lượt xem: 3.902

Giải ngân vốn Chương trình MTQG 1719 đạt gần 64% sau 3 năm

Sáng 4/12, tại trụ sở Ủy ban Dân tộc (số 349 Đội Cấn, Ba Đình, Hà Nội), Ban Chỉ đạo Trung ương các Chương trình MTQG họp đánh giá kết quả triển khai Chương trình MTQG 1719.

Theo báo cáo, tổng nguồn vốn bố trí cho Chương trình giai đoạn 2021-2025 là 137.664 tỷ đồng, trong đó ngân sách trung ương 104.354 tỷ đồng (vốn đầu tư phát triển 50.000 tỷ đồng, vốn sự nghiệp 54.354 tỷ đồng). Lũy kế từ năm 2022 đến ngày 30/11/2024, các bộ, ngành và địa phương đã giải ngân 52.318 tỷ đồng vốn ngân sách trung ương, bằng 63,7% kế hoạch vốn đã giao.

Chương trình đã hỗ trợ đất ở cho 12.876 hộ, nhà ở cho 68.532 hộ, chuyển đổi nghề cho 71.294 hộ; hỗ trợ nước sinh hoạt phân tán cho 145.860 hộ và đầu tư 1.026 công trình nước sinh hoạt tập trung. Đã có 53/54 địa phương thụ hưởng phê duyệt xong đề án sắp xếp, ổn định dân cư.

Các địa phương có tỷ lệ giải ngân cao nhất là Thái Nguyên (89,6%), Hòa Bình (86,2%), Tuyên Quang (84,7%). Ngược lại, Kon Tum và Lai Châu mới giải ngân lần lượt 41,3% và 39,8%.

Nhờ đó, tỷ lệ hộ nghèo vùng đồng bào DTTS giảm bình quân 3,4%/năm, vượt mục tiêu Nghị quyết số 88/2019/QH14 đề ra là giảm trên 3%/năm; thu nhập bình quân của người DTTS năm 2023 đạt 39,2 triệu đồng/người/năm, tăng 1,6 lần so với năm 2020.

Mục tiêu đến năm 2025, giảm trên 50% số xã, thôn đặc biệt khó khăn; 100% trường phổ thông dân tộc nội trú, bán trú được đầu tư cơ sở vật chất đạt chuẩn.

Phát biểu kết luận, Phó Thủ tướng đề nghị các địa phương giải ngân hết vốn năm 2024 trước ngày 31/1/2025 và hoàn thành nhiệm vụ tại phiên họp thứ tư của Ban Chỉ đạo.
"""

GD = per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
CUM = per("từ năm 2022 đến ngày 30/11/2024", "2022-01-01", "2024-11-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
VN = "Việt Nam"

F = [
    fig("đạt gần 64%", "64", 64, "percent", "%", "giải ngân vốn Chương trình MTQG 1719", approx="nearly"),
    fig("là 137.664 tỷ", "137.664", 137664e9, "money", "đồng", "tổng nguồn vốn bố trí cho Chương trình", GD),
    fig("trung ương 104.354 tỷ", "104.354", 104354e9, "money", "đồng", "vốn ngân sách trung ương bố trí cho Chương trình",
        GD, total=137664e9),
    fig("phát triển 50.000 tỷ", "50.000", 50000e9, "money", "đồng", "vốn đầu tư phát triển", GD, total=104354e9),
    fig("sự nghiệp 54.354 tỷ", "54.354", 54354e9, "money", "đồng", "vốn sự nghiệp", GD, total=104354e9),
    fig("giải ngân 52.318 tỷ", "52.318", 52318e9, "money", "đồng", "vốn ngân sách trung ương đã giải ngân", CUM,
        percent=63.7),
    fig("cho 12.876 hộ", "12.876", 12876, "count", "hộ", "hộ được hỗ trợ đất ở", inh(CUM)),
    fig("cho 68.532 hộ", "68.532", 68532, "count", "hộ", "hộ được hỗ trợ nhà ở", inh(CUM)),
    fig("cho 71.294 hộ", "71.294", 71294, "count", "hộ", "hộ được hỗ trợ chuyển đổi nghề", inh(CUM)),
    fig("cho 145.860 hộ", "145.860", 145860, "count", "hộ", "hộ được hỗ trợ nước sinh hoạt phân tán", inh(CUM)),
    fig("đầu tư 1.026 công trình", "1.026", 1026, "count", "công trình", "công trình nước sinh hoạt tập trung được đầu tư",
        inh(CUM)),
    fig("có 53/54 địa phương", "53", 53, "count", "địa phương",
        "địa phương thụ hưởng phê duyệt xong đề án sắp xếp, ổn định dân cư", total=54),
    fig("Thái Nguyên (89,6%)", "89,6", 89.6, "percent", "%", "tỷ lệ giải ngân", inh(CUM), location="Thái Nguyên"),
    fig("Hòa Bình (86,2%)", "86,2", 86.2, "percent", "%", "tỷ lệ giải ngân", inh(CUM), location="Hòa Bình"),
    fig("Tuyên Quang (84,7%)", "84,7", 84.7, "percent", "%", "tỷ lệ giải ngân", inh(CUM), location="Tuyên Quang"),
    fig("lần lượt 41,3%", "41,3", 41.3, "percent", "%", "tỷ lệ giải ngân", inh(CUM), location="Kon Tum"),
    fig("và 39,8%", "39,8", 39.8, "percent", "%", "tỷ lệ giải ngân", inh(CUM), location="Lai Châu"),
    fig("giảm bình quân 3,4%/năm", "3,4", 3.4, "percent", "%", "tỷ lệ hộ nghèo vùng đồng bào DTTS giảm bình quân mỗi năm",
        target={"value": 3, "unit": "%", "met": True}),
    fig("đạt 39,2 triệu", "39,2", 39.2e6, "money", "đồng/người/năm", "thu nhập bình quân của người DTTS", Y23,
        change=ch("increase", 1.6, "lần", "năm 2020")),
    fig("giảm trên 50% số xã", "50", 50, "percent", "%", "số xã, thôn đặc biệt khó khăn giảm", T25, approx="over",
        status="target"),
    fig("100% trường", "100", 100, "percent", "%",
        "trường phổ thông dân tộc nội trú, bán trú được đầu tư cơ sở vật chất đạt chuẩn", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Ủy ban Dân tộc (invented): Chương trình MTQG 1719 sau 3 năm — vốn giai đoạn 2021-2025, giải ngân, hỗ trợ hộ, tỉnh cao/thấp, mục tiêu 2025.",
    "'Ngày đăng: 05/12/2024'; 'Lượt xem: 3.902', 'số 349 Đội Cấn', 'Sáng 4/12', 'Nghị quyết số 88/2019/QH14', 'MTQG 1719',",
    "'phiên họp thứ tư', 'trước ngày 31/1/2025' are not figures. 'sau 3 năm' is a duration (headline has no dated period).",
    "National figures: location Việt Nam; provinces in the disbursement list go to location. 53/54 địa phương: total 54.",
    "Nested breakdown: 104.354 tỷ is part of 137.664 tỷ ('trong đó'); the bracketed 50.000 + 54.354 add up to 104.354.",
    "'giảm bình quân 3,4%/năm' is a rate as the claim (percent, no change); 'vượt mục tiêu ... là giảm trên 3%/năm' its target (met).",
    "'tăng 1,6 lần so với năm 2020' is the change of 39,2 triệu đồng/người/năm. Targets 'Mục tiêu đến năm 2025' end 2025-12-31.",
]

emit("p516-4", TEXT, COMMENTS, F, published="2024-12-05", location="Việt Nam")
