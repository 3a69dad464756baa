from lib import write, P, CH, T

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SÓC TRĂNG
Chi cục Chăn nuôi và Thú y

Hơn 2.100 ha tôm nuôi bị thiệt hại trong 8 tháng đầu năm
Ngày đăng: 05/09/2024 | Lượt xem: 846

Theo Chi cục Chăn nuôi và Thú y, 8 tháng năm 2024, toàn tỉnh thả nuôi 39.415 ha tôm nước lợ, bằng 92,7% so với cùng kỳ. Diện tích tôm nuôi bị thiệt hại là 2.138 ha, chiếm 5,42% diện tích thả nuôi, tăng 12,1% so với cùng kỳ năm 2023. Trong đó, thiệt hại do bệnh là 1.274 ha (bệnh hoại tử gan tụy cấp 716 ha, bệnh đốm trắng 402 ha, bệnh vi bào tử trùng 156 ha); thiệt hại do môi trường, thời tiết 864 ha.

Các địa phương có diện tích thiệt hại lớn gồm: thị xã Vĩnh Châu 985 ha, huyện Trần Đề 542 ha, huyện Mỹ Xuyên 361 ha, huyện Cù Lao Dung 127 ha.

Trong tháng 8/2024, Chi cục đã thu 312 mẫu tôm giống và tôm thương phẩm để xét nghiệm, phát hiện 47 mẫu dương tính với các tác nhân gây bệnh, chiếm 15,06%. Lũy kế từ đầu năm đến nay, đã kiểm dịch khoảng 9,8 tỷ con tôm giống nhập tỉnh, tăng hơn 1,2 tỷ con so với cùng kỳ.

Dự báo từ nay đến cuối năm, độ mặn tại các vùng nuôi ven biển dao động từ 15 đến 25‰, nắng nóng xen kẽ mưa lớn dễ làm tôm sốc môi trường. Thực hiện Công văn số 1586/SNN-CCCNTY, Chi cục khuyến cáo người nuôi thả giống với mật độ không quá 100 con/m2 đối với nuôi thâm canh, chỉ thả nuôi khi con giống đã qua kiểm dịch.

Mọi thông tin xin liên hệ: Chi cục Chăn nuôi và Thú y, số 151 đường Trần Hưng Đạo, phường 3, TP. Sóc Trăng; điện thoại 0299.3821.451.
"""

M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
M8i = P("8 tháng năm 2024", "2024-01-01", "2024-08-31", inherited=True)
T8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-09-05")
SUBJ = "diện tích tôm nuôi bị thiệt hại"

FIGS = [
    dict(anchor="Hơn 2.100 ha", number="2.100", value=2100, kind="measure", unit="ha", approx="over",
         subject="tôm nuôi bị thiệt hại", period=P("8 tháng đầu năm", "2024-01-01", "2024-08-31")),
    dict(anchor="thả nuôi 39.415 ha", number="39.415", value=39415, kind="measure", unit="ha", percent=92.7,
         subject="diện tích thả nuôi tôm nước lợ", period=M8),
    dict(anchor="là 2.138 ha", number="2.138", value=2138, kind="measure", unit="ha", percent=5.42,
         change=CH("increase", 12.1, "%", "cùng kỳ năm 2023"), subject=SUBJ, period=M8i),
    dict(anchor="do bệnh là 1.274 ha", number="1.274", value=1274, kind="measure", unit="ha", total=2138,
         subject="diện tích thiệt hại do bệnh", period=M8i),
    dict(anchor="cấp 716 ha", number="716", value=716, kind="measure", unit="ha", total=1274,
         subject="diện tích thiệt hại do bệnh hoại tử gan tụy cấp", period=M8i),
    dict(anchor="đốm trắng 402 ha", number="402", value=402, kind="measure", unit="ha", total=1274,
         subject="diện tích thiệt hại do bệnh đốm trắng", period=M8i),
    dict(anchor="trùng 156 ha", number="156", value=156, kind="measure", unit="ha", total=1274,
         subject="diện tích thiệt hại do bệnh vi bào tử trùng", period=M8i),
    dict(anchor="thời tiết 864 ha", number="864", value=864, kind="measure", unit="ha", total=2138,
         subject="diện tích thiệt hại do môi trường, thời tiết", period=M8i),
    dict(anchor="Vĩnh Châu 985 ha", number="985", value=985, kind="measure", unit="ha",
         subject=SUBJ, location="Vĩnh Châu", period=M8i),
    dict(anchor="Trần Đề 542 ha", number="542", value=542, kind="measure", unit="ha",
         subject=SUBJ, location="Trần Đề", period=M8i),
    dict(anchor="Mỹ Xuyên 361 ha", number="361", value=361, kind="measure", unit="ha",
         subject=SUBJ, location="Mỹ Xuyên", period=M8i),
    dict(anchor="Cù Lao Dung 127 ha", number="127", value=127, kind="measure", unit="ha",
         subject=SUBJ, location="Cù Lao Dung", period=M8i),
    dict(anchor="thu 312 mẫu", number="312", value=312, kind="count", unit="mẫu",
         subject="mẫu tôm giống và tôm thương phẩm xét nghiệm", period=T8),
    dict(anchor="phát hiện 47 mẫu", number="47", value=47, kind="count", unit="mẫu", percent=15.06,
         subject="mẫu dương tính với các tác nhân gây bệnh", period=T8),
    dict(anchor="khoảng 9,8 tỷ con", number="9,8", value=9800000000, kind="count", unit="con tôm giống",
         approx="about", change=CH("increase", 1200000000, "con", "cùng kỳ", approx="over"),
         subject="tôm giống nhập tỉnh được kiểm dịch", period=YTD),
    dict(anchor="từ 15 đến 25‰", number="15", value=15, value_max=25, kind="measure", unit="‰",
         status="forecast", subject="độ mặn tại các vùng nuôi ven biển"),
    dict(anchor="không quá 100 con/m2", number="100", value=100, kind="measure", unit="con/m2",
         approx="at_most", subject="mật độ thả giống nuôi thâm canh khuyến cáo", optional=True),
]

HEADER = """Sở NN&PTNT Sóc Trăng / Chi cục Chăn nuôi và Thú y (department site): shrimp disease losses, 8 months of 2024, by cause and district; testing; seed quarantine.
Dateline 'Ngày đăng: 05/09/2024 | Lượt xem: 846'. Distractors: counter 846, 'tháng 8/2024', 'Công văn số 1586/SNN-CCCNTY', address 'số 151 đường Trần Hưng Đạo, phường 3', phone 0299.3821.451.
'8 tháng năm 2024' read as 2024-01-01..2024-08-31 (as '9 tháng năm 2023' in FIGURES.md); the headline's year-less '8 tháng đầu năm' takes 2024 from the dateline.
'bằng 92,7% so với cùng kỳ' and 'chiếm 5,42% diện tích' are shares of their figures (percent attributes).
Part chain: 'Trong đó' after 2.138 ha → 1.274 and 864 have total 2138; the bracketed breakdown 716+402+156 = 1.274 → total 1274.
District list after 'Các địa phương … gồm:' — the head is not a figure, so no totals; each district is the location.
'thu 312 mẫu …, phát hiện 47 mẫu' has no part-of cue: no total; 'chiếm 15,06%' is the share of 47.
'tăng hơn 1,2 tỷ con so với cùng kỳ' is the change of 9,8 tỷ con (approx over). Salinity range under 'Dự báo' is a forecast measure (‰).
'mật độ không quá 100 con/m2' is a recommended ceiling, not a fact: optional."""

write(2, TEXT, HEADER, FIGS, published="2024-09-05", location="Sóc Trăng")
