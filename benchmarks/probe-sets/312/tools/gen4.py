from lib import Doc, P, C, T

TEXT = """SỞ TÀI CHÍNH TỈNH BÌNH ĐỊNH
Tin hoạt động ngành

Kết quả giám sát tài chính 9 tháng năm 2024 đối với doanh nghiệp nhà nước
Ngày đăng: 05/11/2024 | Lượt xem: 864

Theo báo cáo giám sát tài chính theo Thông tư số 200/2015/TT-BTC, 9 tháng năm 2024, 7 doanh nghiệp 100% vốn nhà nước thuộc UBND tỉnh ước đạt tổng doanh thu 1.086 tỷ đồng, bằng 76,5% kế hoạch năm, tăng 6,2% so với cùng kỳ; riêng quý III/2024 ước đạt 392 tỷ đồng. Lợi nhuận sau thuế ước đạt 94,3 tỷ đồng (kế hoạch năm 118 tỷ đồng). Nộp ngân sách ước đạt 137,8 tỷ đồng, vượt 4,1% kế hoạch năm. Thu nhập bình quân của người lao động từ 7,2 đến 12,5 triệu đồng/người/tháng.

Về tình hình tài chính, tính đến ngày 30/9/2024, tổng tài sản của các doanh nghiệp là 3.254 tỷ đồng; vốn chủ sở hữu 2.108 tỷ đồng, trong đó vốn nhà nước 1.967 tỷ đồng, chiếm 93,3%. Hệ số khả năng thanh toán nợ đến hạn bình quân đạt 1,74 lần. Tỷ suất lợi nhuận sau thuế trên vốn nhà nước đạt 4,8%, thấp hơn 0,7 điểm phần trăm so với cùng kỳ.

Kết quả xếp loại năm 2023 của 7 doanh nghiệp: 5 doanh nghiệp xếp loại A, 1 doanh nghiệp xếp loại B và 1 doanh nghiệp xếp loại C (Công ty TNHH MTV Khai thác công trình thủy lợi). Không có doanh nghiệp nào mất vốn hoặc có dấu hiệu mất an toàn tài chính.

Sở Tài chính đề nghị các doanh nghiệp nâng cao hiệu quả sử dụng vốn, phấn đấu cả năm 2024 lợi nhuận sau thuế đạt ít nhất 120 tỷ đồng. Mọi vướng mắc liên hệ Phòng Tài chính doanh nghiệp, số 2 Lê Thánh Tôn, TP Quy Nhơn, điện thoại 0256.3822.415.
"""

d = Doc("p312-4", TEXT, [
    "Sở Tài chính Bình Định (department site): financial supervision of 7 wholly state-owned enterprises, 9 months of 2024. 'Ngày đăng: 05/11/2024 | Lượt xem: 864'.",
    "Distractors: 'Thông tư số 200/2015/TT-BTC', view counter, address 'số 2 Lê Thánh Tôn', phone 0256.3822.415, 'Ngày đăng' date.",
    "'ước đạt' → estimate for revenue, the quarter ('riêng quý III/2024 ước đạt'), profit and budget payments. '(kế hoạch năm 118 tỷ đồng)': target 118 tỷ.",
    "'vượt 4,1% kế hoạch năm': a gap to the plan = change (increase 4.1, baseline kế hoạch năm). Income range 7,2-12,5 triệu inherits the 9 months.",
    "'trong đó vốn nhà nước 1.967 tỷ đồng, chiếm 93,3%': total 2.108 tỷ and percent 93.3. '4,8%, thấp hơn 0,7 điểm phần trăm': change of that rate.",
    "'Kết quả xếp loại năm 2023 của 7 doanh nghiệp: 5 …, 1 …, 1 …': parts after ':' take total 7; period 2023 in the same sentence.",
    "'phấn đấu … đạt ít nhất 120 tỷ đồng': target, at_least, period 'cả năm 2024'. The quarter figure has no total ('riêng' is no part-of cue in FIGURES.md).",
], published="2024-11-05", location="Bình Định")

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
AS = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

d.f("2024, 7 doanh nghiệp 100%", "7", 7, "count", "doanh nghiệp", "doanh nghiệp 100% vốn nhà nước thuộc UBND tỉnh", period=M9)
d.f("doanh nghiệp 100% vốn nhà nước thuộc", "100", 100, "percent", "%", "vốn nhà nước", optional=True)
d.f("doanh thu 1.086 tỷ đồng", "1.086", 1086e9, "money", "đồng", "tổng doanh thu", percent=76.5,
    change=C("increase", 6.2, "%", "cùng kỳ"), status="estimate", period=M9)
d.f("ước đạt 392 tỷ đồng", "392", 392e9, "money", "đồng", "doanh thu quý III/2024", status="estimate",
    period=P("quý III/2024", "2024-07-01", "2024-09-30"))
d.f("ước đạt 94,3 tỷ đồng", "94,3", 94.3e9, "money", "đồng", "Lợi nhuận sau thuế", target=T(118e9, "đồng"), status="estimate", period=M9i)
d.f("ước đạt 137,8 tỷ đồng", "137,8", 137.8e9, "money", "đồng", "Nộp ngân sách",
    change=C("increase", 4.1, "%", "kế hoạch năm"), status="estimate", period=M9i)
d.f("từ 7,2 đến 12,5 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng", "Thu nhập bình quân của người lao động",
    value_max=12.5e6, period=M9i)
d.f("là 3.254 tỷ đồng", "3.254", 3254e9, "money", "đồng", "tổng tài sản của các doanh nghiệp", period=AS)
d.f("vốn chủ sở hữu 2.108 tỷ đồng", "2.108", 2108e9, "money", "đồng", "vốn chủ sở hữu", period=AS)
d.f("vốn nhà nước 1.967 tỷ đồng", "1.967", 1967e9, "money", "đồng", "vốn nhà nước", total=2108e9, percent=93.3, period=AS)
d.f("đạt 1,74 lần", "1,74", 1.74, "measure", "lần", "Hệ số khả năng thanh toán nợ đến hạn bình quân", period=ASi)
d.f("đạt 4,8%", "4,8", 4.8, "percent", "%", "Tỷ suất lợi nhuận sau thuế trên vốn nhà nước",
    change=C("decrease", 0.7, "điểm phần trăm", "cùng kỳ"), period=M9i)
d.f("của 7 doanh nghiệp:", "7", 7, "count", "doanh nghiệp", "doanh nghiệp được xếp loại", period=Y23)
d.f("5 doanh nghiệp xếp loại A", "5", 5, "count", "doanh nghiệp", "doanh nghiệp xếp loại A", total=7, period=Y23)
d.f("1 doanh nghiệp xếp loại B", "1", 1, "count", "doanh nghiệp", "doanh nghiệp xếp loại B", total=7, period=Y23)
d.f("1 doanh nghiệp xếp loại C", "1", 1, "count", "doanh nghiệp", "doanh nghiệp xếp loại C", total=7, period=Y23)
d.f("ít nhất 120 tỷ đồng", "120", 120e9, "money", "đồng", "lợi nhuận sau thuế", approx="at_least", status="target",
    period=P("cả năm 2024", "2024-01-01", "2024-12-31"))
d.write()
