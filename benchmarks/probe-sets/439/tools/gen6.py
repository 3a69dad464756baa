from lib import *

T = """
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Tin chuyên ngành
Sản xuất muối 9 tháng năm 2024 đạt khá
Cập nhật lúc 16:05 ngày 08/10/2024

Theo Chi cục Phát triển nông thôn, 9 tháng năm 2024 toàn tỉnh sản xuất 1.148 ha muối, sản lượng ước đạt 98.700 tấn, tăng 7,8% so với cùng kỳ năm 2023 và vượt 3,9% kế hoạch năm. Giá muối bình quân tại ruộng khoảng 2.300 đồng/kg (cùng kỳ 1.900 đồng/kg).

Kết quả sản xuất muối 9 tháng năm 2024 phân theo địa phương:
Địa phương
Diện tích (ha)
Sản lượng (tấn)
So cùng kỳ (%)
Ba Tri
612
54.320
108,5
Bình Đại
338
27.150
106,2
Thạnh Phú
198
17.230
107,1

Huyện Ba Tri có 1.020 hộ diêm dân, chiếm 71% số hộ làm muối toàn tỉnh. Toàn tỉnh hiện có 46,8 ha ứng dụng công nghệ trải bạt, tăng 12 ha so với năm 2023; giá muối trải bạt cao hơn muối truyền thống từ 500 đến 700 đồng/kg. Từ đầu năm đến nay, 2 hợp tác xã muối ở huyện Ba Tri đã liên kết tiêu thụ ổn định 6.500 tấn muối cho doanh nghiệp chế biến trong và ngoài tỉnh.

Quý IV/2024, ngành nông nghiệp phấn đấu sản xuất thêm 18.000 - 20.000 tấn muối, nâng tổng sản lượng cả năm lên trên 116.000 tấn; đồng thời hỗ trợ 150 hộ diêm dân tiếp cận vốn vay theo Nghị định số 116/2018/NĐ-CP của Chính phủ.

Chi cục Phát triển nông thôn - 126A Nguyễn Thị Định, phường Phú Tân, TP Bến Tre
"""

a = Article("p439-6", T, [
    "Department site (Sở NN&PTNT Bến Tre), 'Cập nhật lúc 16:05 ngày 08/10/2024'. Salt 9 months 2024 with a one-cell-per-line table by district.",
    "Table: row label = district (location), subject = column label; units from '(ha)', '(tấn)', '(%)'; period from the caption line (inherited).",
    "'tăng 7,8% so với cùng kỳ năm 2023 và vượt 3,9% kế hoạch năm': the first is the change of 98.700 tấn; the second a percent of its own (optional).",
    "'(cùng kỳ 1.900 đồng/kg)' is a figure of its own (same 9 months of 2023; period marked inherited, since 'cùng kỳ' is not a spec period phrase).",
    "'cao hơn muối truyền thống từ 500 đến 700 đồng/kg' has no base amount: a money range figure of its own, no change.",
    "'cả năm' in the Q4 sentence is the year 2024 for 'trên 116.000 tấn'. Distractors: decree number, address '126A', datelines.",
], published="2024-10-08", location="Bến Tre")

P = M("9 tháng năm 2024", 2024, 1, 9)
Pi = M("9 tháng năm 2024", 2024, 1, 9, inh=True)
a.f("sản xuất 1.148 ha muối", "1.148", 1148, "measure", "ha", "diện tích sản xuất muối", P)
a.f("ước đạt 98.700 tấn", "98.700", 98700, "measure", "tấn", "sản lượng muối", P, status="estimate",
    change=CH("+", 7.8, "%", "cùng kỳ năm 2023"))
a.f("vượt 3,9% kế hoạch năm", "3,9", 3.9, "percent", "%", "sản lượng muối vượt kế hoạch năm", P, status="estimate",
    optional=True)
a.f("khoảng 2.300 đồng/kg", "2.300", 2300, "money", "đồng/kg", "giá muối bình quân tại ruộng", Pi, approx="about")
a.f("(cùng kỳ 1.900 đồng/kg)", "1.900", 1900, "money", "đồng/kg", "giá muối bình quân tại ruộng cùng kỳ",
    M("cùng kỳ", 2023, 1, 9, inh=True))
for dist, cells in [("Ba Tri", [("612", 612), ("54.320", 54320), ("108,5", 108.5)]),
                    ("Bình Đại", [("338", 338), ("27.150", 27150), ("106,2", 106.2)]),
                    ("Thạnh Phú", [("198", 198), ("17.230", 17230), ("107,1", 107.1)])]:
    (n1, v1), (n2, v2), (n3, v3) = cells
    a.f(f"{dist}\n{n1}\n", n1, v1, "measure", "ha", "Diện tích", Pi, location=dist)
    a.f(f"{n1}\n{n2}\n", n2, v2, "measure", "tấn", "Sản lượng", Pi, location=dist)
    a.f(f"{n2}\n{n3}\n", n3, v3, "percent", "%", "Sản lượng so cùng kỳ", Pi, location=dist)
a.f("có 1.020 hộ diêm dân", "1.020", 1020, "count", "hộ diêm dân", "hộ diêm dân", percent=71, location="Ba Tri")
a.f("có 46,8 ha", "46,8", 46.8, "measure", "ha", "diện tích ứng dụng công nghệ trải bạt",
    change=CH("+", 12, "ha", "năm 2023"))
a.f("từ 500 đến 700 đồng/kg", "500", 500, "money", "đồng/kg", "chênh lệch giá muối trải bạt so với muối truyền thống",
    value_max=700)
PS = SPAN("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
a.f("đến nay, 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã muối liên kết tiêu thụ", PS, location="Ba Tri")
a.f("ổn định 6.500 tấn", "6.500", 6500, "measure", "tấn", "muối liên kết tiêu thụ", PS, location="Ba Tri")
PQ = Q("Quý IV/2024", 4, 2024)
a.f("thêm 18.000 - 20.000 tấn", "18.000", 18000, "measure", "tấn", "sản lượng muối sản xuất thêm", PQ, value_max=20000,
    status="target")
a.f("trên 116.000 tấn", "116.000", 116000, "measure", "tấn", "tổng sản lượng muối cả năm", Y("cả năm", 2024),
    approx="over", status="target")
a.f("hỗ trợ 150 hộ", "150", 150, "count", "hộ diêm dân", "hộ diêm dân được hỗ trợ tiếp cận vốn vay", PQ, status="target")
a.write()
