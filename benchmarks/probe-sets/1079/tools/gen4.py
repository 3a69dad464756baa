"""p1079-4: central agency site (NHCSXH), national results of lending entrusted through Hội CCB Việt Nam, 11 tháng 2024."""
from lib import Fig, per, chg, tgt, build

TEXT = """
NGÂN HÀNG CHÍNH SÁCH XÃ HỘI
Trang chủ / Tin tức - Sự kiện / Hoạt động ủy thác
Ngày đăng: 05/12/2024 | Lượt xem: 742

Hội Cựu chiến binh Việt Nam - đối tác tin cậy của tín dụng chính sách

Nhân dịp kỷ niệm 35 năm Ngày truyền thống Hội Cựu chiến binh Việt Nam (6/12/1989 - 6/12/2024), NHCSXH điểm lại kết quả phối hợp giữa hai đơn vị.

Tính đến 30/11/2024, tổng dư nợ các chương trình tín dụng chính sách ủy thác qua Hội CCB Việt Nam đạt 62.418 tỷ đồng, tăng 4.126 tỷ đồng so với đầu năm, chiếm 17,6% tổng dư nợ ủy thác của NHCSXH. Hội đang quản lý 29.785 tổ TK&VV tại 63/63 tỉnh, thành phố với hơn 1,16 triệu hộ còn dư nợ; nợ quá hạn chỉ chiếm 0,12% tổng dư nợ.

Các địa phương có dư nợ ủy thác qua Hội CCB lớn nhất lần lượt là Thanh Hóa (2.486 tỷ đồng), Nghệ An (2.173 tỷ đồng), Hà Tĩnh (1.654 tỷ đồng) và Thái Bình (1.502 tỷ đồng).

Trong 11 tháng năm 2024, thông qua các tổ TK&VV do Hội quản lý, hơn 218.000 lượt hộ nghèo, hộ cận nghèo và đối tượng chính sách được vay vốn với doanh số cho vay đạt 14.937 tỷ đồng. Nguồn vốn đã góp phần giúp hơn 32.000 hộ vượt qua ngưỡng nghèo, tạo việc làm cho khoảng 51.400 lao động.

So với năm 2014, khi Ban Bí thư ban hành Chỉ thị số 40-CT/TW, dư nợ ủy thác qua Hội đã tăng gấp 3,4 lần.

Theo lãnh đạo NHCSXH, mục tiêu đến năm 2025, dư nợ ủy thác qua Hội CCB đạt khoảng 66.000 tỷ đồng và 100% tổ TK&VV xếp loại tốt, khá; hiện tỷ lệ này là 98,7%.

NGÂN HÀNG CHÍNH SÁCH XÃ HỘI
Địa chỉ: Số 169 Linh Đường, Hoàng Liệt, Hoàng Mai, Hà Nội. Điện thoại: 024.3641.7184
"""

AS = per("Tính đến 30/11/2024", None, "2024-11-30")
AS_I = per("Tính đến 30/11/2024", None, "2024-11-30", inherited=True)
M11 = per("Trong 11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11_I = per("Trong 11 tháng năm 2024", "2024-01-01", "2024-11-30", inherited=True)
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    Fig("giữa hai đơn vị", "hai", 2, "count", "đơn vị", "đơn vị phối hợp (NHCSXH và Hội CCB)", optional=True),
    Fig("đạt 62.418 tỷ đồng", "62.418", 62418e9, "money", "đồng",
        "tổng dư nợ các chương trình tín dụng chính sách ủy thác qua Hội CCB Việt Nam", AS,
        percent=17.6, change=chg("increase", 4126e9, "đồng", "đầu năm")),
    Fig("quản lý 29.785 tổ", "29.785", 29785, "count", "tổ", "tổ TK&VV do Hội quản lý", AS_I),
    Fig("63/63 tỉnh, thành phố", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có tổ TK&VV do Hội quản lý",
        AS_I, total=63),
    Fig("hơn 1,16 triệu hộ", "1,16", 1.16e6, "count", "hộ", "hộ còn dư nợ", AS_I, approx="over"),
    Fig("chiếm 0,12% tổng dư nợ", "0,12", 0.12, "percent", "%", "nợ quá hạn trong tổng dư nợ", AS_I),
    Fig("Thanh Hóa (2.486 tỷ đồng)", "2.486", 2486e9, "money", "đồng", "dư nợ ủy thác qua Hội CCB", AS_I,
        location="Thanh Hóa"),
    Fig("Nghệ An (2.173 tỷ đồng)", "2.173", 2173e9, "money", "đồng", "dư nợ ủy thác qua Hội CCB", AS_I,
        location="Nghệ An"),
    Fig("Hà Tĩnh (1.654 tỷ đồng)", "1.654", 1654e9, "money", "đồng", "dư nợ ủy thác qua Hội CCB", AS_I,
        location="Hà Tĩnh"),
    Fig("Thái Bình (1.502 tỷ đồng)", "1.502", 1502e9, "money", "đồng", "dư nợ ủy thác qua Hội CCB", AS_I,
        location="Thái Bình"),
    Fig("hơn 218.000 lượt hộ", "218.000", 218000, "count", "lượt hộ",
        "lượt hộ nghèo, hộ cận nghèo và đối tượng chính sách được vay vốn", M11, approx="over"),
    Fig("đạt 14.937 tỷ đồng", "14.937", 14937e9, "money", "đồng", "doanh số cho vay", M11),
    Fig("hơn 32.000 hộ", "32.000", 32000, "count", "hộ", "hộ vượt qua ngưỡng nghèo", M11_I, approx="over"),
    Fig("khoảng 51.400 lao động", "51.400", 51400, "count", "lao động", "lao động được tạo việc làm", M11_I,
        approx="about"),
    Fig("gấp 3,4 lần", "3,4", 3.4, "multiple", "lần", "dư nợ ủy thác qua Hội so với năm 2014"),
    Fig("khoảng 66.000 tỷ đồng", "66.000", 66000e9, "money", "đồng", "dư nợ ủy thác qua Hội CCB", T25,
        approx="about", status="target"),
    Fig("100% tổ TK&VV", "100", 100, "percent", "%", "tổ TK&VV xếp loại tốt, khá", T25, status="target"),
    Fig("là 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ tổ TK&VV xếp loại tốt, khá"),
]

NOTES = [
    "NHCSXH site (central agency): dư nợ ủy thác qua Hội CCB Việt Nam đến 30/11/2024, top provinces, 11 tháng 2024, mục tiêu 2025.",
    "Not figures: 'kỷ niệm 35 năm Ngày truyền thống' (an anniversary's name), 6/12/1989 - 6/12/2024, Chỉ thị số 40-CT/TW,",
    "'So với năm 2014' (a baseline), Lượt xem 742, address Số 169 Linh Đường, phone 024.3641.7184.",
    "National figures: location Việt Nam; the 'lần lượt' list of provinces shares the indicator and each item takes its province.",
    "'nợ quá hạn chỉ chiếm 0,12% tổng dư nợ' has no base amount of its own: a percent figure. 'tăng gấp 3,4 lần' stands alone: multiple.",
    "revised after the first run: 'giữa hai đơn vị' (the two partners, NHCSXH and Hội CCB) added as an optional count, like 'cả 2 khối' in the shared gold.",
    "'hiện tỷ lệ này là 98,7%' (hiện) gets no period. The as-of date and the 11-month period are inherited by following sentences.",
]

build("p1079-4", TEXT, FIGS, published="2024-12-05", location="Việt Nam", notes=NOTES)
