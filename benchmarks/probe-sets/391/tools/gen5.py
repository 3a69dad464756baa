from lib import F, P, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ SÊ - TỈNH GIA LAI
Ngày cập nhật: 22/10/2024

Chư Sê: Sản xuất hồ tiêu 9 tháng năm 2024 đạt khá

Chư Sê hiện là địa phương có diện tích hồ tiêu lớn nhất tỉnh Gia Lai. Tính đến 30/9/2024, toàn huyện có 4.585 ha hồ tiêu, trong đó diện tích trồng mới, tái canh 215 ha; diện tích kinh doanh 4.120 ha. Năm 2024, huyện có 16/20 xã, thị trấn trồng hồ tiêu tập trung, với khoảng 9,5 nghìn hộ tham gia.

Kết quả sản xuất hồ tiêu so với cùng kỳ như sau:

Chỉ tiêu

Đơn vị tính

9 tháng năm 2023

9 tháng năm 2024

So sánh (%)

Diện tích

ha

4.760

4.585

96,3

Sản lượng

tấn

11.920

12.380

103,9

Năng suất

tạ/ha

28,2

30,1

106,7

Giá hồ tiêu tại huyện hiện ở mức 142.000 đồng/kg, cao gấp đôi cùng kỳ năm 2023. Tổng giá trị sản xuất hồ tiêu 9 tháng ước đạt 1.750 tỷ đồng, chiếm khoảng 38% giá trị sản xuất nông nghiệp của huyện.

Huyện có 3 hợp tác xã được cấp chứng nhận hồ tiêu hữu cơ gồm HTX Nông nghiệp dịch vụ Ia Blang, HTX 19/5 và HTX Ia Tiêm, với tổng diện tích 112,5 ha. Năm 2023, sản phẩm "Hồ tiêu Chư Sê" được cấp Giấy chứng nhận đăng ký nhãn hiệu số 00235.

Mục tiêu đến cuối năm 2025, diện tích hồ tiêu được cấp mã số vùng trồng đạt 1.200 ha; tỷ lệ diện tích áp dụng quy trình VietGAP ít nhất 25%.

Phòng Nông nghiệp và PTNT huyện Chư Sê, 225 Hùng Vương, thị trấn Chư Sê. ĐT: 0269.3850.218
"""

AS = P("Tính đến 30/9/2024", None, "2024-09-30")
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30", inh=True)
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("có 4.585 ha", "4.585", 4585, "measure", "ha", "diện tích hồ tiêu", AS),
    F("tái canh 215 ha", "215", 215, "measure", "ha", "diện tích hồ tiêu trồng mới, tái canh", AS, total=4585),
    F("kinh doanh 4.120 ha", "4.120", 4120, "measure", "ha", "diện tích hồ tiêu kinh doanh", AS, total=4585),
    F("có 16/20 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn trồng hồ tiêu tập trung",
      P("Năm 2024", "2024-01-01", "2024-12-31"), total=20),
    F("khoảng 9,5 nghìn hộ", "9,5", 9500, "count", "hộ", "hộ tham gia trồng hồ tiêu",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about"),
    # table, one cell per line
    F("ha\n\n4.760", "4.760", 4760, "measure", "ha", "Diện tích 9 tháng năm 2023", C23),
    F("4.760\n\n4.585", "4.585", 4585, "measure", "ha", "Diện tích 9 tháng năm 2024", C24),
    F("96,3", "96,3", 96.3, "percent", "%", "Diện tích so sánh cùng kỳ", C24),
    F("11.920", "11.920", 11920, "measure", "tấn", "Sản lượng 9 tháng năm 2023", C23),
    F("12.380", "12.380", 12380, "measure", "tấn", "Sản lượng 9 tháng năm 2024", C24),
    F("103,9", "103,9", 103.9, "percent", "%", "Sản lượng so sánh cùng kỳ", C24),
    F("28,2", "28,2", 28.2, "measure", "tạ/ha", "Năng suất 9 tháng năm 2023", C23),
    F("30,1", "30,1", 30.1, "measure", "tạ/ha", "Năng suất 9 tháng năm 2024", C24),
    F("106,7", "106,7", 106.7, "percent", "%", "Năng suất so sánh cùng kỳ", C24),
    # text
    F("mức 142.000 đồng/kg", "142.000", 142000, "money", "đồng/kg", "giá hồ tiêu",
      change={"direction": "increase", "value": 2, "unit": "lần", "baseline": "cùng kỳ năm 2023"}),
    F("ước đạt 1.750 tỷ đồng", "1.750", 1750e9, "money", "đồng", "tổng giá trị sản xuất hồ tiêu",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", percent=38),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã được cấp chứng nhận hồ tiêu hữu cơ"),
    F("diện tích 112,5 ha", "112,5", 112.5, "measure", "ha", "diện tích hồ tiêu hữu cơ của các hợp tác xã"),
    F("đạt 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích hồ tiêu được cấp mã số vùng trồng",
      P("đến cuối năm 2025", None, "2025-12-31"), status="target"),
    F("ít nhất 25%", "25", 25, "percent", "%", "tỷ lệ diện tích hồ tiêu áp dụng quy trình VietGAP",
      P("đến cuối năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "District portal (huyện Chư Sê, Gia Lai), 'Ngày cập nhật: 22/10/2024' without time. Pepper 9 months 2024 with a one-cell-per-line table",
    "(Chỉ tiêu | Đơn vị tính | 9 tháng năm 2023 | 9 tháng năm 2024 | So sánh (%)): unit from the Đơn vị tính column, period from the column",
    "header (inherited), '(%)' column -> percent cells (subject 'so sánh cùng kỳ', period of the current column).",
    "'trong đó ... 215 ha; ... 4.120 ha' both take total 4.585; '16/20 xã, thị trấn' count with total 20.",
    "'cao gấp đôi cùng kỳ năm 2023' is the change (2 lần) of the price. 'chiếm khoảng 38%' is the share of 1.750 tỷ đồng.",
    "Distractors: 'HTX 19/5' (name), 'nhãn hiệu số 00235', '225 Hùng Vương', phone, 'Năm 2023' (date of a certificate), 'lớn nhất tỉnh'.",
    "'Mục tiêu đến cuối năm 2025' governs both clauses (targets).",
]

if __name__ == "__main__":
    write("p391-5", TEXT, FIGS, COMMENTS, published="2024-10-22", location="Chư Sê")
