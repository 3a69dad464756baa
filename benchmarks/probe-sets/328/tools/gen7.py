from lib import F, P, emit

TEXT = """SỞ Y TẾ BÌNH ĐỊNH
TRUNG TÂM KIỂM SOÁT BỆNH TẬT

Số người bị chó, mèo cắn phải điều trị dự phòng dại năm 2023 tăng gần 18%
Cập nhật: 10:20 ngày 22/03/2024

Năm 2023, các phòng tiêm của hệ thống y tế dự phòng trong tỉnh đã điều trị dự phòng cho 11.326 người bị chó, mèo cắn, tăng 17,8% so với năm 2022. Số người phải tiêm huyết thanh kháng dại là 1.048 người, chiếm 9,3% số người đến tiêm. Toàn tỉnh ghi nhận 4 ca tử vong do bệnh dại tại các huyện Hoài Ân, Vĩnh Thạnh, Tây Sơn và thị xã An Nhơn, bằng năm 2022.

Bảng: Một số chỉ tiêu phòng, chống bệnh dại trên người

Chỉ tiêu

Đơn vị

Năm 2022

Năm 2023

So sánh (%)

Số người được điều trị dự phòng

người

9.614

11.326

117,8

Số liều vắc xin dại đã sử dụng

liều

38.920

45.180

116,1

Số người tiêm huyết thanh kháng dại

người

873

1.048

120,0

Số ca tử vong do bệnh dại

ca

4

4

100,0

Nguồn: CDC Bình Định

Năm 2024, CDC phấn đấu 100% người bị chó, mèo cắn được tư vấn, điều trị dự phòng kịp thời; giảm ít nhất 50% số ca tử vong so với năm 2023. Toàn tỉnh hiện có 25 điểm tiêm vắc xin dại, trong đó 11 điểm thuộc hệ thống y tế công lập.

Khi bị chó, mèo cắn, người dân liên hệ CDC Bình Định, số 756 Trần Hưng Đạo, TP Quy Nhơn, điện thoại 0256.3822.634.
"""

LOC = "Bình Định"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)

FIGS = [
    F("tăng gần 18%", "18", 18, "percent", "%", "tăng số người bị chó, mèo cắn phải điều trị dự phòng dại", approx="nearly"),
    F("cho 11.326 người", "11.326", 11326, "count", "người", "người bị chó, mèo cắn được điều trị dự phòng", Y23,
      change={"direction": "increase", "value": 17.8, "unit": "%", "baseline": "năm 2022"}),
    F("là 1.048 người", "1.048", 1048, "count", "người", "người phải tiêm huyết thanh kháng dại", Y23i, percent=9.3),
    F("ghi nhận 4 ca", "4", 4, "count", "ca", "ca tử vong do bệnh dại", Y23i),
    # table, one cell per line
    F("người\n\n9.614", "9.614", 9614, "count", "người", "Số người được điều trị dự phòng Năm 2022", C22),
    F("9.614\n\n11.326", "11.326", 11326, "count", "người", "Số người được điều trị dự phòng Năm 2023", C23),
    F("117,8", "117,8", 117.8, "percent", "%", "So sánh Số người được điều trị dự phòng", Y23i),
    F("38.920", "38.920", 38920, "count", "liều", "Số liều vắc xin dại đã sử dụng Năm 2022", C22),
    F("45.180", "45.180", 45180, "count", "liều", "Số liều vắc xin dại đã sử dụng Năm 2023", C23),
    F("116,1", "116,1", 116.1, "percent", "%", "So sánh Số liều vắc xin dại đã sử dụng", Y23i),
    F("873", "873", 873, "count", "người", "Số người tiêm huyết thanh kháng dại Năm 2022", C22),
    F("873\n\n1.048", "1.048", 1048, "count", "người", "Số người tiêm huyết thanh kháng dại Năm 2023", C23),
    F("120,0", "120,0", 120.0, "percent", "%", "So sánh Số người tiêm huyết thanh kháng dại", Y23i),
    F("ca\n\n4\n\n4", "4", 4, "count", "ca", "Số ca tử vong do bệnh dại Năm 2022", C22),
    F("\n4\n\n100,0", "4", 4, "count", "ca", "Số ca tử vong do bệnh dại Năm 2023", C23),
    F("100,0", "100,0", 100.0, "percent", "%", "So sánh Số ca tử vong do bệnh dại", Y23i),
    F("phấn đấu 100% người", "100", 100, "percent", "%", "người bị chó, mèo cắn được tư vấn, điều trị dự phòng kịp thời",
      Y24, status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "giảm số ca tử vong", Y24, approx="at_least", status="target"),
    F("có 25 điểm", "25", 25, "count", "điểm tiêm", "điểm tiêm vắc xin dại", Y24i),
    F("11 điểm", "11", 11, "count", "điểm", "điểm tiêm thuộc hệ thống y tế công lập", Y24i, total=25),
]

COMMENTS = [
    "CDC Bình Định site: dog-bite post-exposure treatment 2023 vs 2022; 'Cập nhật: hh:mm ngày dd/mm/yyyy' dateline.",
    "Title 'tăng gần 18%' is a growth rate standing as the claim (percent, nearly, no change). Body '11.326 …, tăng 17,8% so với năm 2022' is a change.",
    "Table written one cell per line (as h23): unit from the 'Đơn vị' column, period from the 'Năm 2022'/'Năm 2023' headers;",
    "'So sánh (%)' cells are percents (2023 as % of 2022) with no period in their header (period given as inherited 2023, not scored).",
    "'1.048 người, chiếm 9,3% …': percent 9,3 (no total: 'chiếm' gives a share, not a part-of cue). '25 điểm …, trong đó 11 điểm': total 25.",
    "'Năm 2024, CDC phấn đấu 100% …; giảm ít nhất 50% …': two targets; 'giảm … 50%' is a target rate (percent, no change object).",
    "'hiện có 25 điểm' (next sentence): period inherited 2024 (unscored). Distractors: address số 756, phone, 'Nguồn', time 10:20.",
]

emit(7, COMMENTS, TEXT, FIGS, published="2024-03-22", default_loc=LOC)
