from lib import F, P, PI, CH, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SƠN HÒA - TỈNH PHÚ YÊN
Ngày đăng: 04/10/2024

Sơn Hòa: Cây mía tiếp tục là thế mạnh của kinh tế nông nghiệp

Theo Phòng Nông nghiệp và PTNT huyện, 9 tháng năm 2024 toàn huyện trồng mới và tái canh 2.365 ha mía, đạt 94,6% kế hoạch năm; diện tích mía hiện có trên địa bàn là 9.870 ha, chiếm 41,3% diện tích cây hằng năm. Trong quý III/2024, huyện phối hợp Công ty TNHH MTV Đường KCP Việt Nam cấp 1.250 tấn giống mía mới (KK3, LK92-11) cho 486 hộ dân tại 11/14 xã, thị trấn.

Niên vụ 2023-2024, Nhà máy đường KCP Sơn Hòa thu mua từ vùng nguyên liệu của huyện 612.400 tấn mía, chiếm khoảng 58% tổng lượng mía ép của nhà máy, với giá bình quân 1.180.000 đồng/tấn. Doanh thu từ cây mía của nông dân toàn huyện ước đạt 722,6 tỷ đồng, tăng 21,5% so với niên vụ 2022-2023.

Công tác cơ giới hóa được đẩy mạnh: toàn huyện hiện có 37 máy cày công suất lớn, 6 máy thu hoạch mía liên hợp; chi phí thu hoạch giảm từ 180.000 đồng/tấn xuống còn 120.000 đồng/tấn.

Năm 2025, huyện phấn đấu duy trì 10.000 ha mía, trong đó 3.500 ha áp dụng cơ giới hóa đồng bộ; năng suất bình quân đạt 70 tấn/ha.

Hồng Nhung - Trung tâm Văn hóa, Thông tin và Thể thao huyện

UBND huyện Sơn Hòa - Địa chỉ: số 124 đường Trần Hưng Đạo, thị trấn Củng Sơn. Điện thoại: 0257.3862.152
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
NV = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVI = PI("Niên vụ 2023-2024", "2023-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tái canh 2.365 ha mía", "2.365", "measure", "ha", "diện tích mía trồng mới và tái canh", percent=94.6, period=M9),
    F("là 9.870 ha", "9.870", "measure", "ha", "diện tích mía hiện có trên địa bàn", percent=41.3, period=M9),
    F("cấp 1.250 tấn giống", "1.250", "measure", "tấn", "giống mía mới cấp cho hộ dân", period=Q3),
    F("cho 486 hộ dân", "486", "count", "hộ dân", "hộ dân được cấp giống mía mới", period=Q3),
    F("tại 11/14 xã", "11", "count", "xã, thị trấn", "xã, thị trấn được cấp giống mía mới", total=14, period=Q3),
    F("huyện 612.400 tấn mía", "612.400", "measure", "tấn", "mía Nhà máy đường KCP Sơn Hòa thu mua từ vùng nguyên liệu của huyện",
      percent=58, period=NV),
    F("bình quân 1.180.000 đồng/tấn", "1.180.000", "money", "đồng/tấn", "giá thu mua mía bình quân", period=NV),
    F("ước đạt 722,6 tỷ đồng", "722,6", "money", "đồng", "Doanh thu từ cây mía của nông dân toàn huyện", mult=10**9,
      status="estimate", change=CH("inc", 21.5, "%", "niên vụ 2022-2023"), period=NVI),
    F("có 37 máy cày", "37", "count", "máy cày", "máy cày công suất lớn"),
    F("6 máy thu hoạch", "6", "count", "máy thu hoạch mía liên hợp", "máy thu hoạch mía liên hợp"),
    F("từ 180.000 đồng/tấn", "180.000", "money", "đồng/tấn", "chi phí thu hoạch mía trước đây"),
    F("còn 120.000 đồng/tấn", "120.000", "money", "đồng/tấn", "chi phí thu hoạch mía"),
    F("duy trì 10.000 ha mía", "10.000", "measure", "ha", "diện tích mía", status="target", period=Y25),
    F("đó 3.500 ha", "3.500", "measure", "ha", "diện tích mía áp dụng cơ giới hóa đồng bộ", total=10000, status="target", period=Y25),
    F("đạt 70 tấn/ha", "70", "measure", "tấn/ha", "năng suất mía bình quân", status="target", period=Y25),
]

COMMENTS = """
District portal (huyện Sơn Hòa, Phú Yên): sugarcane in the 9-month report 2024. Dateline 'Ngày đăng: 04/10/2024' without time; byline at the end.
'đạt 94,6% kế hoạch năm' and 'chiếm 41,3% diện tích cây hằng năm' are the percents of the area before them; '11/14 xã, thị trấn' total 14.
'chiếm khoảng 58% tổng lượng mía ép' is the percent of 612.400 tấn. 'ước đạt 722,6 tỷ đồng' estimate with its change; period from the previous sentence (inherited).
'giảm từ 180.000 đồng/tấn xuống còn 120.000 đồng/tấn': both levels are figures; the text states no size of the change, so no change object.
Machine counts (37, 6) have no period stated. 'Năm 2025 … phấn đấu' targets; 'trong đó 3.500 ha' is a part of 10.000 ha (total).
Distractors: cane varieties 'KK3', 'LK92-11' (names with numbers), 'Sơn Hòa' and 'Việt Nam' in company names, address 'số 124 đường Trần Hưng Đạo', phone.
"""

build(5, TEXT, FIGS, COMMENTS, published="2024-10-04", location="Sơn Hòa")
