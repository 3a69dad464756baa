from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Trang chủ > Tin tức - Sự kiện > Kinh tế

Lai Châu: Xóa 23 thôn, bản "lõm sóng" trong 9 tháng năm 2024
Cập nhật: 14/10/2024 08:35 | Lượt xem: 2.317

(laichau.gov.vn) - Theo Sở Thông tin và Truyền thông, 9 tháng năm 2024, các doanh nghiệp viễn thông đã lắp đặt mới 41 trạm BTS 4G tại các thôn, bản vùng sâu, vùng xa, đưa tổng số trạm BTS trên địa bàn tỉnh lên 1.286 trạm, tăng 7,4% so với cùng kỳ năm 2023. Trong đó, trạm 4G là 1.102 trạm, chiếm 85,7%.

Nhờ đó, số thôn, bản chưa có sóng di động giảm từ 96 thôn (cuối năm 2023) xuống còn 73 thôn, giúp hơn 3.400 hộ dân được tiếp cận dịch vụ di động. Tính đến 30/9/2024, tỷ lệ thôn, bản có sóng di động đạt 93,2% trên tổng số 1.074 thôn, bản toàn tỉnh. Số thôn còn lõm sóng tập trung chủ yếu tại các huyện Mường Tè (21 thôn), Sìn Hồ (18 thôn), Nậm Nhùn (14 thôn) và Phong Thổ (9 thôn); các huyện còn lại có từ 1 đến 4 thôn.

Tổng kinh phí đầu tư hạ tầng của các doanh nghiệp trong 9 tháng đạt gần 58 tỷ đồng, trong đó Viettel Lai Châu đầu tư khoảng 35,6 tỷ đồng, VNPT Lai Châu 14,2 tỷ đồng. Ngoài ra, 12 trạm được hỗ trợ từ Chương trình Viễn thông công ích với số tiền 6,8 tỷ đồng. Trong quý IV/2024, ước có thêm 15 thôn được phủ sóng.

Thực hiện Quyết định số 1168/QĐ-UBND ngày 22/8/2023 của UBND tỉnh, đến hết năm 2025, Lai Châu phấn đấu 100% thôn, bản có sóng di động 4G và tỷ lệ hộ gia đình sử dụng Internet cáp quang đạt trên 70%. Đến nay, toàn tỉnh có khoảng 48.500 thuê bao băng rộng cố định, trong đó thuê bao cáp quang chiếm 98,6%.

Mọi phản ánh về chất lượng sóng di động, người dân liên hệ đường dây nóng 0213.3876.555.
Minh Thư
"""

N9 = lambda inh=False: FIRST("9 tháng năm 2024", 9, 2024, inh)
F = [
    fig("Xóa 23 thôn, bản", "23", 23, "count", "thôn, bản", "thôn, bản lõm sóng được xóa",
        period=N9()),
    fig("lắp đặt mới 41 trạm", "41", 41, "count", "trạm BTS 4G", "trạm BTS 4G lắp đặt mới",
        period=N9()),
    fig("lên 1.286 trạm", "1.286", 1286, "count", "trạm", "tổng số trạm BTS trên địa bàn tỉnh",
        change=chg("increase", 7.4, "%", "cùng kỳ năm 2023"), period=N9()),
    fig("trạm 4G là 1.102 trạm", "1.102", 1102, "count", "trạm", "trạm 4G",
        total=1286, percent=85.7, period=N9(True)),
    fig("giảm từ 96 thôn", "96", 96, "count", "thôn", "thôn, bản chưa có sóng di động",
        period=ASOF("cuối năm 2023", 2023, 12)),
    fig("xuống còn 73 thôn", "73", 73, "count", "thôn", "thôn, bản chưa có sóng di động",
        period=N9(True)),
    fig("hơn 3.400 hộ dân", "3.400", 3400, "count", "hộ dân", "hộ dân được tiếp cận dịch vụ di động",
        approx="over", period=N9(True)),
    fig("di động đạt 93,2%", "93,2", 93.2, "percent", "%", "tỷ lệ thôn, bản có sóng di động",
        period=ASOF("Tính đến 30/9/2024", 2024, 9, 30)),
    fig("tổng số 1.074 thôn", "1.074", 1074, "count", "thôn, bản", "tổng số thôn, bản toàn tỉnh",
        period=ASOF("Tính đến 30/9/2024", 2024, 9, 30)),
    fig("Mường Tè (21 thôn)", "21", 21, "count", "thôn", "thôn còn lõm sóng", location="Mường Tè",
        period=ASOF("Tính đến 30/9/2024", 2024, 9, 30, True)),
    fig("Sìn Hồ (18 thôn)", "18", 18, "count", "thôn", "thôn còn lõm sóng", location="Sìn Hồ",
        period=ASOF("Tính đến 30/9/2024", 2024, 9, 30, True)),
    fig("Nậm Nhùn (14 thôn)", "14", 14, "count", "thôn", "thôn còn lõm sóng", location="Nậm Nhùn",
        period=ASOF("Tính đến 30/9/2024", 2024, 9, 30, True)),
    fig("Phong Thổ (9 thôn)", "9", 9, "count", "thôn", "thôn còn lõm sóng", location="Phong Thổ",
        period=ASOF("Tính đến 30/9/2024", 2024, 9, 30, True)),
    fig("từ 1 đến 4 thôn", "1", 1, "count", "thôn", "thôn còn lõm sóng các huyện còn lại", value_max=4,
        period=ASOF("Tính đến 30/9/2024", 2024, 9, 30, True)),
    fig("đạt gần 58 tỷ đồng", "58", 58e9, "money", "đồng", "tổng kinh phí đầu tư hạ tầng của các doanh nghiệp",
        approx="nearly", period=FIRST("trong 9 tháng", 9, 2024)),
    fig("khoảng 35,6 tỷ đồng", "35,6", 35.6e9, "money", "đồng", "kinh phí đầu tư Viettel Lai Châu",
        approx="about", total=58e9, period=FIRST("trong 9 tháng", 9, 2024)),
    fig("Lai Châu 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "kinh phí đầu tư VNPT Lai Châu",
        total=58e9, period=FIRST("trong 9 tháng", 9, 2024)),
    fig("12 trạm được hỗ trợ", "12", 12, "count", "trạm", "trạm được hỗ trợ từ Chương trình Viễn thông công ích",
        period=FIRST("trong 9 tháng", 9, 2024, True)),
    fig("số tiền 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "số tiền hỗ trợ từ Chương trình Viễn thông công ích",
        period=FIRST("trong 9 tháng", 9, 2024, True)),
    fig("thêm 15 thôn", "15", 15, "count", "thôn", "thôn được phủ sóng thêm", status="estimate",
        period=Q("quý IV/2024", 4, 2024)),
    fig("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, bản có sóng di động 4G", status="target",
        period=TO("đến hết năm 2025", 2025)),
    fig("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ hộ gia đình sử dụng Internet cáp quang",
        approx="over", status="target", period=TO("đến hết năm 2025", 2025)),
    fig("khoảng 48.500 thuê bao", "48.500", 48500, "count", "thuê bao", "thuê bao băng rộng cố định",
        approx="about", period=ASOF("Đến nay", 2024, 10, 14)),
    fig("cáp quang chiếm 98,6%", "98,6", 98.6, "percent", "%", "thuê bao cáp quang",
        period=ASOF("Đến nay", 2024, 10, 14)),
]
C = [
    "Lai Châu province portal (laichau.gov.vn): xóa thôn lõm sóng, BTS, fixed broadband, 9 tháng năm 2024. 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem'.",
    "Distractors: breadcrumb, 'Lượt xem: 2.317', Quyết định số 1168/QĐ-UBND ngày 22/8/2023, hotline 0213.3876.555, byline.",
    "'93,2% trên tổng số 1.074 thôn': a percent has no whole in thôn (as h01), so 1.074 is a count of its own.",
    "'giảm từ 96 thôn (cuối năm 2023) xuống còn 73 thôn': two levels, no change object; 96 as-of end-2023; 73 and 3.400 take the 9-month frame of the first paragraph (inherited).",
    "'Trong đó, trạm 4G là 1.102 trạm, chiếm 85,7%': total 1286, percent 85.7. Money parts after 'trong đó' have total 58 tỷ.",
    "'Đến nay' ends at the dateline 2024-10-14. District list items: district is location, subject is the list's indicator.",
]
write(1, A, F, C, published="2024-10-14", location="Lai Châu")
