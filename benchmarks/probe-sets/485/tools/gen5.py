"""p485-5: Party newspaper (Báo Thanh Hóa style) — canal solidification 2021-2023, byline and bare date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Thanh Hóa kiên cố hóa hơn 1.150 km kênh mương sau 3 năm

Chương trình kiên cố hóa kênh mương đã góp phần nâng cao hiệu quả tưới, tiết kiệm nước và giảm chi phí sản xuất cho nông dân.

Sau 3 năm thực hiện (2021-2023), toàn tỉnh đã kiên cố hóa được 1.152,4 km kênh mương, đạt 76,8% kế hoạch giai đoạn 2021-2025. Tổng vốn đầu tư 1.245 tỷ đồng, trong đó ngân sách Trung ương 312 tỷ đồng, ngân sách tỉnh 586 tỷ đồng, còn lại là ngân sách cấp huyện, xã và vốn huy động.

Các huyện đạt khối lượng lớn nhất lần lượt là Triệu Sơn, Thọ Xuân và Yên Định với 112 km, 98 km và 87 km. Theo cơ chế của tỉnh, mức hỗ trợ từ 1,2 đến 1,8 triệu đồng/m kênh tùy loại kênh và địa bàn.

Đến hết năm 2023, tỷ lệ kênh mương do xã, hợp tác xã quản lý được kiên cố hóa toàn tỉnh đạt 68,5%, tăng 7,2 điểm phần trăm so với năm 2020. Nhờ đó, lượng nước thất thoát giảm từ 30 đến 40%, thời gian dẫn nước đến mặt ruộng rút ngắn 2-3 ngày; diện tích được tưới chủ động tăng thêm hơn 4.500 ha.

Tại huyện Triệu Sơn, xã Hợp Thành đã kiên cố hóa 9,6 km kênh, đạt 100% chiều dài kênh nội đồng. Ông Lê Văn Tám, Chủ nhiệm HTX Dịch vụ nông nghiệp Hợp Thành cho biết: "Trước đây mỗi vụ phải thuê 20 người nạo vét kênh đất, nay chỉ cần 4 người".

Phấn đấu đến năm 2025, toàn tỉnh kiên cố hóa thêm khoảng 350 km kênh mương, nâng tỷ lệ kênh mương được kiên cố hóa lên trên 75%.

LÊ HỢI
25/03/2024
"""

P2123 = P("(2021-2023)", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("hơn 1.150 km", "1.150", 1150, "measure", "km", "kênh mương kiên cố hóa", approx="over"),
    F("được 1.152,4 km", "1.152,4", 1152.4, "measure", "km", "kênh mương kiên cố hóa", P2123, percent=76.8,
      note="'(2021-2023)' is the figure's own period; 'giai đoạn 2021-2025' in the same sentence is the plan's"),
    F("tư 1.245 tỷ đồng", "1.245", 1.245e12, "money", "đồng", "tổng vốn đầu tư", I(P2123)),
    F("Trung ương 312 tỷ đồng", "312", 312e9, "money", "đồng", "ngân sách Trung ương", I(P2123), total=1.245e12),
    F("tỉnh 586 tỷ đồng", "586", 586e9, "money", "đồng", "ngân sách tỉnh", I(P2123), total=1.245e12),
    F("với 112 km", "112", 112, "measure", "km", "khối lượng kênh mương kiên cố hóa", location="Triệu Sơn"),
    F("98 km", "98", 98, "measure", "km", "khối lượng kênh mương kiên cố hóa", location="Thọ Xuân"),
    F("87 km", "87", 87, "measure", "km", "khối lượng kênh mương kiên cố hóa", location="Yên Định"),
    F("từ 1,2 đến 1,8 triệu đồng/m", "1,2", 1.2e6, "money", "đồng/m", "mức hỗ trợ", value_max=1.8e6),
    F("đạt 68,5%", "68,5", 68.5, "percent", "%", "tỷ lệ kênh mương do xã, hợp tác xã quản lý được kiên cố hóa",
      P("Đến hết năm 2023", end="2023-12-31"),
      change=CH("increase", 7.2, "điểm phần trăm", "năm 2020")),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "lượng nước thất thoát giảm", value_max=40),
    F("2-3 ngày", "2", 2, "measure", "ngày", "thời gian dẫn nước đến mặt ruộng rút ngắn", value_max=3),
    F("hơn 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích được tưới chủ động tăng thêm", approx="over"),
    F("hóa 9,6 km kênh", "9,6", 9.6, "measure", "km", "kênh kiên cố hóa của xã Hợp Thành", percent=100,
      location="Triệu Sơn"),
    F("thuê 20 người", "20", 20, "count", "người", "người nạo vét kênh đất mỗi vụ trước đây", location="Triệu Sơn"),
    F("cần 4 người", "4", 4, "count", "người", "người nạo vét kênh mỗi vụ hiện nay", location="Triệu Sơn"),
    F("khoảng 350 km", "350", 350, "measure", "km", "kênh mương kiên cố hóa thêm", T25, approx="about",
      status="target"),
    F("trên 75%", "75", 75, "percent", "%", "tỷ lệ kênh mương được kiên cố hóa", T25, approx="over",
      status="target"),
]

emit("p485-5", TEXT, [
    "Party newspaper (Báo Thanh Hóa style): headline, sapo, byline 'LÊ HỢI' and bare date '25/03/2024' at the end (= published).",
    "Canal solidification 2021-2023 in Thanh Hóa. Distractors: 'sau 3 năm' / 'Sau 3 năm thực hiện' (durations), 'giai đoạn 2021-2025',",
    "the name 'Ông Lê Văn Tám' (tám = eight), 'HTX Dịch vụ nông nghiệp Hợp Thành'. 'đạt 76,8% kế hoạch' is the percent of 1.152,4 km.",
    "'lần lượt … 112 km, 98 km và 87 km': each value takes its district in order as location.",
    "'tăng 7,2 điểm phần trăm so với năm 2020' is the change of the 68,5% level (a share, not a growth rate).",
    "'giảm từ 30 đến 40%', 'rút ngắn 2-3 ngày', 'tăng thêm hơn 4.500 ha' are the claims themselves (figures, no change object).",
    "The quote's 20 / 4 people are stated facts (counts) of the commune in Triệu Sơn; 'Phấn đấu đến năm 2025' → target for both figures.",
], FIGS, published="2024-03-25", location="Thanh Hóa")
