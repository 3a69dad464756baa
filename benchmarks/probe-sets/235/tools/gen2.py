from lib import F, P, build

TEXT = """ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC
Trang chủ > Tin tức > Thị trường chứng khoán

Số tài khoản chứng khoán của nhà đầu tư trong nước vượt 9,1 triệu

Ngày đăng: 12/11/2024 | Lượt xem: 2.315

Theo số liệu của Tổng công ty Lưu ký và Bù trừ chứng khoán Việt Nam (VSDC), trong tháng 10/2024, nhà đầu tư trong nước mở mới 185.372 tài khoản chứng khoán, tăng 9,6% so với tháng 9. Trong đó, nhà đầu tư cá nhân mở mới 185.012 tài khoản, nhà đầu tư tổ chức mở mới 360 tài khoản.

Tính đến ngày 31/10/2024, tổng số tài khoản của nhà đầu tư trong nước đạt 9.136.027 tài khoản, tương đương khoảng 9,1% dân số, về đích sớm mục tiêu 9 triệu tài khoản vào năm 2025 đặt ra tại Chiến lược phát triển thị trường chứng khoán đến năm 2030 (ban hành kèm Quyết định số 1726/QĐ-TTg ngày 29/12/2023).

Tài khoản mở mới tập trung chủ yếu ở các đô thị lớn: TP Hồ Chí Minh (38,2%), Hà Nội (31,5%), Đà Nẵng (4,1%). Bình quân mỗi ngày làm việc có từ 7.000 đến 9.000 tài khoản được mở mới.

Với nhà đầu tư nước ngoài, trong tháng có 312 tài khoản được mở mới. Tính đến cuối tháng 10, tổng số tài khoản của nhà đầu tư nước ngoài là 47.085 tài khoản, trong đó tổ chức 3.901 tài khoản, cá nhân 43.184 tài khoản.

Từ đầu năm đến nay, số tài khoản mở mới đạt gần 1,7 triệu tài khoản, cao hơn 6,3% so với cả năm 2023.

UBCKNN khuyến cáo nhà đầu tư chỉ mở tài khoản tại các công ty chứng khoán được cấp phép, không giao dịch qua các ứng dụng, hội nhóm mạo danh. Mọi phản ánh xin gửi về địa chỉ 164 Trần Quang Khải, Hoàn Kiếm, Hà Nội hoặc số điện thoại (024) 3934 0750.

Thông tin thị trường (Nguồn: VSDC)
"""

T10 = P("trong tháng 10/2024", "2024-10-01", "2024-10-31")
T10i = P("trong tháng 10/2024", "2024-10-01", "2024-10-31", inh=True)

FIGS = [
    F("vượt 9,1 triệu", "9,1", 9_100_000, "count", "tài khoản", "số tài khoản chứng khoán của nhà đầu tư trong nước",
      approx="over", period=P("Tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)),
    F("mở mới 185.372 tài khoản", "185.372", 185372, "count", "tài khoản", "tài khoản chứng khoán nhà đầu tư trong nước mở mới",
      change={"direction": "increase", "value": 9.6, "unit": "%", "baseline": "tháng 9"}, period=T10),
    F("mở mới 185.012 tài khoản", "185.012", 185012, "count", "tài khoản", "tài khoản nhà đầu tư cá nhân mở mới",
      total=185372, period=T10i),
    F("mở mới 360 tài khoản", "360", 360, "count", "tài khoản", "tài khoản nhà đầu tư tổ chức mở mới",
      total=185372, period=T10i),
    F("đạt 9.136.027 tài khoản", "9.136.027", 9136027, "count", "tài khoản", "tổng số tài khoản của nhà đầu tư trong nước",
      percent=9.1, target={"value": 9_000_000, "unit": "tài khoản", "met": True},
      period=P("Tính đến ngày 31/10/2024", None, "2024-10-31")),
    F("Hồ Chí Minh (38,2%)", "38,2", 38.2, "percent", "%", "tài khoản mở mới", location="TP Hồ Chí Minh", period=T10i),
    F("Hà Nội (31,5%)", "31,5", 31.5, "percent", "%", "tài khoản mở mới", location="Hà Nội", period=T10i),
    F("Đà Nẵng (4,1%)", "4,1", 4.1, "percent", "%", "tài khoản mở mới", location="Đà Nẵng", period=T10i),
    F("từ 7.000 đến 9.000", "7.000", 7000, "count", "tài khoản", "tài khoản được mở mới bình quân mỗi ngày làm việc",
      value_max=9000, period=T10i),
    F("có 312 tài khoản", "312", 312, "count", "tài khoản", "tài khoản nhà đầu tư nước ngoài được mở mới",
      period=P("trong tháng", "2024-10-01", "2024-10-31")),
    F("là 47.085 tài khoản", "47.085", 47085, "count", "tài khoản", "tổng số tài khoản của nhà đầu tư nước ngoài",
      period=P("Tính đến cuối tháng 10", None, "2024-10-31")),
    F("tổ chức 3.901 tài khoản", "3.901", 3901, "count", "tài khoản", "tài khoản nhà đầu tư nước ngoài tổ chức",
      total=47085, period=P("Tính đến cuối tháng 10", None, "2024-10-31")),
    F("cá nhân 43.184 tài khoản", "43.184", 43184, "count", "tài khoản", "tài khoản nhà đầu tư nước ngoài cá nhân",
      total=47085, period=P("Tính đến cuối tháng 10", None, "2024-10-31")),
    F("gần 1,7 triệu", "1,7", 1_700_000, "count", "tài khoản", "số tài khoản mở mới", approx="nearly",
      change={"direction": "increase", "value": 6.3, "unit": "%", "baseline": "cả năm 2023"},
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")),
]

COMMENTS = [
    "Ministry-agency site (UBCKNN, breadcrumb): investor accounts, October 2024. 'Ngày đăng: 12/11/2024 | Lượt xem: 2.315' (counter after the date).",
    "Distractors: Lượt xem 2.315, Quyết định số 1726/QĐ-TTg ngày 29/12/2023, 'đến năm 2030' in the Strategy's name, address 164 Trần Quang Khải, phone (024) 3934 0750.",
    "9.136.027 tài khoản: 'tương đương khoảng 9,1% dân số' is its percent; 'mục tiêu 9 triệu tài khoản vào năm 2025' its target (met, 'về đích sớm'), not a figure.",
    "Title 'vượt 9,1 triệu' (unit implied: tài khoản; period only in the body, inherited). 'Trong đó' parts take the whole 185.372; 'trong đó' after 47.085 likewise.",
    "City list after a colon: shares of new accounts, each city its location (not parts: percents have no count whole). 'từ 7.000 đến 9.000' is a range.",
    "'Tính đến cuối tháng 10' is an as-of (year 2024 from the nearest earlier date); 'trong tháng' = October 2024. 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    build("p235-2", TEXT, COMMENTS, FIGS, published="2024-11-12", location="Việt Nam")
