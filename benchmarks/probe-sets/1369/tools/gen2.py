"""p1369-2: district portal (huyện Gia Lâm, Hà Nội): scam-call reports 6 months 2024, awareness work."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / An ninh trật tự

Cảnh giác với cuộc gọi giả danh cơ quan nhà nước để lừa đảo

18/07/2024 - 08:40

Sáu tháng đầu năm 2024, Công an huyện Gia Lâm tiếp nhận 47 tin báo, tố giác về lừa đảo qua điện thoại và mạng xã hội (31 tin qua điện thoại, 16 tin qua mạng xã hội), giảm 9 tin so với cùng kỳ. Tổng thiệt hại của người dân khoảng 18,5 tỷ đồng, trong đó vụ lớn nhất xảy ra tại xã Đặng Xá, bị hại bị chiếm đoạt 2,3 tỷ đồng sau khi bị đối tượng giả danh cán bộ Chi cục Thuế "hướng dẫn" cài ứng dụng quyết toán thuế.

Theo thống kê, 28 trường hợp bị lừa qua cuộc gọi giả danh cơ quan nhà nước, 11 trường hợp qua các hội nhóm "lấy lại tiền bị lừa", còn lại là mua bán hàng hóa trực tuyến. Đa số bị hại ở độ tuổi từ 40 đến 65, mỗi lần chuyển tiền từ 5 đến 500 triệu đồng.

Trong tháng 6, công an các xã, thị trấn đã tổ chức 64 buổi tuyên truyền, bằng 80% kế hoạch, thu hút hơn 5.200 lượt người tham dự; phát 12.000 tờ rơi.

Huyện hiện có 22 xã, thị trấn. Thời gian tới, Công an huyện phấn đấu 100% thôn, tổ dân phố được tuyên truyền về phương thức, thủ đoạn lừa đảo; dự kiến lập thêm ba chục nhóm Zalo "An ninh mạng khu dân cư".

Người dân khi nhận cuộc gọi nghi vấn có thể báo cho Công an huyện theo số 024.3827.1234 hoặc đến trụ sở tại số 8 đường Ngô Xuân Quảng, thị trấn Trâu Quỳ.

Nguồn: Công an huyện Gia Lâm

Tin khác:
- Gia Lâm tổng kết 10 năm thực hiện Chỉ thị số 08-CT/TU
- Hội nghị giao ban công tác an ninh trật tự quý II/2024

UBND huyện Gia Lâm - Số lượt truy cập: 1.204.577
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
JUN = per("Trong tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    fig("tiếp nhận 47 tin báo", "47", 47, "count", "tin báo",
        change=chg("decrease", 9, "tin", "cùng kỳ"),
        subject="tin báo, tố giác về lừa đảo qua điện thoại và mạng xã hội", period=H1),
    fig("(31 tin", "31", 31, "count", "tin", total=47,
        subject="tin báo qua điện thoại", period=H1),
    fig("16 tin", "16", 16, "count", "tin", total=47,
        subject="tin báo qua mạng xã hội", period=H1),
    fig("khoảng 18,5 tỷ", "18,5", 18.5e9, "money", "đồng", approx="about",
        subject="tổng thiệt hại của người dân", period=inh(H1)),
    fig("chiếm đoạt 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", total=18.5e9,
        subject="số tiền bị hại vụ lớn nhất bị chiếm đoạt", period=inh(H1)),
    fig("28 trường hợp", "28", 28, "count", "trường hợp",
        subject="trường hợp bị lừa qua cuộc gọi giả danh cơ quan nhà nước", period=inh(H1)),
    fig("11 trường hợp", "11", 11, "count", "trường hợp",
        subject="trường hợp bị lừa qua các hội nhóm lấy lại tiền bị lừa", period=inh(H1)),
    fig("từ 40 đến 65", "40", 40, "measure", "tuổi", value_max=65,
        subject="độ tuổi đa số bị hại", optional=True),
    fig("từ 5 đến 500 triệu", "5", 5e6, "money", "đồng/lần", value_max=500e6,
        subject="số tiền bị hại chuyển mỗi lần"),
    fig("tổ chức 64 buổi", "64", 64, "count", "buổi", percent=80,
        subject="buổi tuyên truyền công an các xã, thị trấn tổ chức", period=JUN),
    fig("hơn 5.200 lượt", "5.200", 5200, "count", "lượt người", approx="over",
        subject="lượt người tham dự tuyên truyền", period=JUN),
    fig("phát 12.000 tờ", "12.000", 12000, "count", "tờ rơi",
        subject="tờ rơi phát ra", period=JUN),
    fig("có 22 xã", "22", 22, "count", "xã, thị trấn", subject="xã, thị trấn của huyện"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="thôn, tổ dân phố được tuyên truyền về phương thức, thủ đoạn lừa đảo"),
    fig("ba chục nhóm", "ba chục", 30, "count", "nhóm", status="forecast",
        subject="nhóm Zalo An ninh mạng khu dân cư lập thêm"),
]

NOTES = [
    "District portal (huyện Gia Lâm, Hà Nội): scam reports 6 months 2024; banner naming the district, '18/07/2024 - 08:40', Nguồn, Tin khác, counter.",
    "Distractors: phone 024.3827.1234, 'số 8 đường Ngô Xuân Quảng', 'Chỉ thị số 08-CT/TU', '10 năm' (duration in a link), 'quý II/2024', 'Số lượt truy cập: 1.204.577'.",
    "The bracket (31 + 16 = 47) is a breakdown of the whole: total 47; the change 'giảm 9 tin' belongs to 47 across the bracket.",
    "'trong đó vụ lớn nhất ... 2,3 tỷ đồng' follows the 18,5 tỷ total of damage: total 18.5e9. Xã Đặng Xá is a commune, so location stays Gia Lâm.",
    "'28 trường hợp', '11 trường hợp' have no part-of cue: no total. Age range 'từ 40 đến 65' optional (ages are optional in the shared gold).",
    "'bằng 80% kế hoạch' → percent 80 of 64 buổi. 'ba chục' = 30 (forecast, 'dự kiến'); 'phấn đấu 100%' target. Location: Gia Lâm (district).",
]

if __name__ == "__main__":
    write("p1369-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Gia Lâm")
