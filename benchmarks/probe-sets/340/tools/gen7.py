from lib import F, P, C, T, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
CHI CỤC CHĂN NUÔI VÀ THÚ Y

Đồng Nai siết chặt truy xuất nguồn gốc mật ong xuất khẩu
Ngày đăng: 08/10/2024 | Lượt xem: 1.126

Tính đến ngày 30/9/2024, Chi cục Chăn nuôi và Thú y đã cấp mã số vùng nuôi cho 214 cơ sở nuôi ong với 68.450 đàn, đạt 71,3% tổng đàn của tỉnh; trong đó 46 cơ sở đã gắn tem truy xuất nguồn gốc điện tử (QR code) trên sản phẩm. Các huyện có nhiều cơ sở được cấp mã số là Tân Phú (62 cơ sở), Định Quán (48 cơ sở) và Xuân Lộc (41 cơ sở).

Từ đầu năm đến nay, Chi cục đã lấy 320 mẫu mật ong để kiểm tra dư lượng kháng sinh và thuốc bảo vệ thực vật; kết quả có 316/320 mẫu đạt yêu cầu, bằng 98,75%. Đối với 4 mẫu phát hiện tồn dư chloramphenicol, Chi cục đã xử phạt theo Nghị định số 90/2017/NĐ-CP và yêu cầu cơ sở thu hồi lô hàng.

Trong quý III/2024, Chi cục phối hợp Hội Nuôi ong tỉnh tổ chức 12 lớp tập huấn cho hơn 540 lượt người nuôi ong về ghi chép nhật ký, sử dụng thuốc thú y. Đến nay, 100% cơ sở xuất khẩu mật ong sang Hoa Kỳ trên địa bàn đã áp dụng hệ thống truy xuất điện tử theo lô, đáp ứng yêu cầu của Cục Quản lý Thực phẩm và Dược phẩm Hoa Kỳ (FDA).

Chi cục phấn đấu đến hết năm 2025 có ít nhất 90% tổng đàn ong của tỉnh được cấp mã số vùng nuôi và 100 cơ sở sử dụng tem truy xuất điện tử.

Đường dây nóng: 0251.3822.457; địa chỉ: số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASOF_I = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
YTD_I = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-10-08")
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("cho 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở nuôi ong được cấp mã số vùng nuôi", period=ASOF),
    F("với 68.450 đàn", "68.450", 68450, "count", "đàn", "đàn ong được cấp mã số vùng nuôi", percent=71.3, period=ASOF),
    F("trong đó 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở gắn tem truy xuất nguồn gốc điện tử", total=214, period=ASOF),
    F("Tân Phú (62 cơ sở)", "62", 62, "count", "cơ sở", "cơ sở được cấp mã số", period=ASOF_I, location="Tân Phú"),
    F("Định Quán (48 cơ sở)", "48", 48, "count", "cơ sở", "cơ sở được cấp mã số", period=ASOF_I, location="Định Quán"),
    F("Xuân Lộc (41 cơ sở)", "41", 41, "count", "cơ sở", "cơ sở được cấp mã số", period=ASOF_I, location="Xuân Lộc"),
    F("lấy 320 mẫu", "320", 320, "count", "mẫu", "mẫu mật ong kiểm tra dư lượng kháng sinh và thuốc bảo vệ thực vật", period=YTD),
    F("có 316/320 mẫu", "316", 316, "count", "mẫu", "mẫu đạt yêu cầu", total=320, percent=98.75, period=YTD),
    F("Đối với 4 mẫu", "4", 4, "count", "mẫu", "mẫu phát hiện tồn dư chloramphenicol", period=YTD_I),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp tập huấn", "lớp tập huấn", period=Q3),
    F("hơn 540 lượt người", "540", 540, "count", "lượt người", "lượt người nuôi ong được tập huấn", approx="over", period=Q3),
    F("100% cơ sở xuất khẩu", "100", 100, "percent", "%", "cơ sở xuất khẩu mật ong sang Hoa Kỳ áp dụng hệ thống truy xuất điện tử theo lô",
      period=NOW),
    F("ít nhất 90%", "90", 90, "percent", "%", "tổng đàn ong của tỉnh được cấp mã số vùng nuôi", approx="at_least",
      status="target", period=T25),
    F("và 100 cơ sở", "100", 100, "count", "cơ sở", "cơ sở sử dụng tem truy xuất điện tử", status="target", period=T25),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y, Sở NN&PTNT Đồng Nai): traceability of export honey. 'Ngày đăng: 08/10/2024 | Lượt xem: 1.126'. Default location Đồng Nai.",
    "'214 cơ sở ... với 68.450 đàn, đạt 71,3% tổng đàn; trong đó 46 cơ sở': the whole of 46 cơ sở is 214 cơ sở (same thing counted), not 68.450 đàn; 71,3% is 68.450's percent.",
    "District list takes the district as location; as-of period from the previous sentence (inherited). '316/320 mẫu ..., bằng 98,75%': total 320 and percent 98.75.",
    "'4 mẫu' follows without a part-of cue: no total. 'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline; 'Đến nay' is as-of the dateline (start null).",
    "'đến hết năm 2025 ... ít nhất 90%' target at_least; '100 cơ sở' shares the target clause.",
    "Distractors: 'Nghị định số 90/2017/NĐ-CP', 'quý III/2024', 'QR code', 'FDA', hotline 0251.3822.457, address 'số 2 đường Nguyễn Văn Trị', 'Lượt xem'.",
]

emit("p340-7", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đồng Nai")
