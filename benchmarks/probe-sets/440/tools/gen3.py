from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM ĐÀN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Nam Đàn xử lý nghiêm khai thác cát, sỏi trái phép trên sông Lam

Thực hiện Kế hoạch số 86/KH-UBND của UBND huyện, 6 tháng đầu năm 2024, Tổ công tác liên ngành huyện Nam Đàn đã tổ chức 27 đợt tuần tra, kiểm soát trên sông Lam, sông Đào, phát hiện và lập biên bản 16 trường hợp khai thác, vận chuyển cát, sỏi trái phép, giảm 9 trường hợp so với cùng kỳ năm 2023.

Trong 16 trường hợp vi phạm, có 10 trường hợp khai thác cát trái phép bằng tàu hút, 4 trường hợp vận chuyển cát không rõ nguồn gốc và 2 trường hợp tập kết cát trái phép tại bãi ven sông. Huyện đã ra quyết định xử phạt vi phạm hành chính với tổng số tiền 687,5 triệu đồng, tạm giữ 11 tàu hút và 4 máy xúc, buộc hoàn trả gần 1.250 m³ cát về vị trí khai thác.

Tính đến ngày 30/6/2024, trên địa bàn huyện có 3 mỏ cát còn hiệu lực giấy phép với tổng diện tích 14,7 ha, tổng trữ lượng còn lại 286.000 m³. Sản lượng khai thác 6 tháng đầu năm ước đạt 48.300 m³, bằng 52% kế hoạch năm. Các mỏ đã nộp ngân sách 1,86 tỷ đồng tiền thuế tài nguyên và phí bảo vệ môi trường.

Theo đồng chí Trưởng phòng Tài nguyên và Môi trường, tình trạng "cát tặc" hoạt động về đêm, nhất là khung giờ từ 23 giờ đến 4 giờ sáng tại đoạn sông qua xóm 5, xã Nam Cát, vẫn diễn biến phức tạp. 6 tháng cuối năm, huyện phấn đấu giảm từ 15 đến 20% số vụ vi phạm, 100% xã ven sông ký cam kết không tiếp tay cho khai thác trái phép.

Mọi thông tin phản ánh xin gửi về Phòng Tài nguyên và Môi trường huyện, điện thoại 0238.3822.115.

Nguồn: Phòng TN&MT huyện Nam Đàn
02/07/2024
"""

P6 = dict(text="6 tháng đầu năm 2024", start="2024-01-01", end="2024-06-30")
P6i = dict(P6, inherited=True)
PA = dict(text="Tính đến ngày 30/6/2024", end="2024-06-30")
P6b = dict(text="6 tháng đầu năm", start="2024-01-01", end="2024-06-30")
PC = dict(text="6 tháng cuối năm", start="2024-07-01", end="2024-12-31")

F = [
    fig("tổ chức 27 đợt", "27", 27, "count", "đợt", "đợt tuần tra, kiểm soát", P6),
    fig("biên bản 16 trường hợp", "16", 16, "count", "trường hợp", "trường hợp khai thác, vận chuyển cát, sỏi trái phép", P6,
        change=chg("decrease", 9, unit="trường hợp", baseline="cùng kỳ năm 2023")),
    fig("Trong 16 trường hợp", "16", 16, "count", "trường hợp", "trường hợp vi phạm", P6i, optional=True),
    fig("có 10 trường hợp", "10", 10, "count", "trường hợp", "trường hợp khai thác cát trái phép bằng tàu hút", P6i, total=16),
    fig("4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp vận chuyển cát không rõ nguồn gốc", P6i, total=16),
    fig("và 2 trường hợp", "2", 2, "count", "trường hợp", "trường hợp tập kết cát trái phép", P6i, total=16),
    fig("tiền 687,5 triệu đồng", "687,5", 687.5e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", P6i),
    fig("tạm giữ 11 tàu hút", "11", 11, "count", "tàu hút", "tàu hút tạm giữ", P6i),
    fig("và 4 máy xúc", "4", 4, "count", "máy xúc", "máy xúc tạm giữ", P6i),
    fig("gần 1.250 m³", "1.250", 1250, "measure", "m³", "cát buộc hoàn trả", P6i, approx="nearly"),
    fig("có 3 mỏ cát", "3", 3, "count", "mỏ cát", "mỏ cát còn hiệu lực giấy phép", PA),
    fig("diện tích 14,7 ha", "14,7", 14.7, "measure", "ha", "tổng diện tích", PA),
    fig("còn lại 286.000 m³", "286.000", 286000, "measure", "m³", "tổng trữ lượng còn lại", PA),
    fig("ước đạt 48.300 m³", "48.300", 48300, "measure", "m³", "sản lượng khai thác", P6b, percent=52, status="estimate"),
    fig("ngân sách 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "tiền thuế tài nguyên và phí bảo vệ môi trường nộp ngân sách",
        dict(P6b, inherited=True)),
    fig("từ 15 đến 20%", "15", 15, "percent", "%", "giảm số vụ vi phạm", PC, value_max=20, status="target"),
    fig("100% xã", "100", 100, "percent", "%", "xã ven sông ký cam kết không tiếp tay cho khai thác trái phép", PC, status="target"),
]

write("p440-3", TEXT, [
    "Cổng TTĐT huyện Nam Đàn, Nghệ An (district portal): campaign against illegal sand mining on sông Lam, 6 months 2024; licensed mines; targets.",
    "Bare date '02/07/2024' at the end (published). Distractors: 'Kế hoạch số 86/KH-UBND', times 'từ 23 giờ đến 4 giờ sáng', 'xóm 5', phone 0238.3822.115.",
    "'giảm 9 trường hợp so với cùng kỳ năm 2023' is the change of 16 trường hợp; the three kinds after 'Trong 16 trường hợp' take total 16 (the restated 16 optional).",
    "'Tính đến ngày 30/6/2024' gives as-of periods; '6 tháng đầu năm' takes 2024 from the earlier period; '6 tháng cuối năm' = 2024-07-01..2024-12-31.",
    "'bằng 52% kế hoạch năm' is the percent of 48.300 m³ (no plan value stated, so no target). Location Nam Đàn throughout (xã Nam Cát is a commune).",
], F, published="2024-07-02", location="Nam Đàn")
