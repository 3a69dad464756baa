"""p1336-2: district portal (huyện Ninh Giang, Hải Dương): a water-puppet cooperative's 2023 results and 2024 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH GIANG - TỈNH HẢI DƯƠNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn hóa - Xã hội | Liên hệ

Hợp tác xã rối nước Hồng Phong: năm 2023 doanh thu tăng gấp đôi

18/01/2024 - 08:40

Năm 2023, Hợp tác xã Văn hóa nghệ thuật Rối nước Hồng Phong (xã Hồng Phong) đã biểu diễn 186 buổi, tăng 74 buổi so với năm 2022; trong đó có 58 buổi phục vụ khách du lịch tại các khu du lịch trong và ngoài tỉnh và 9 buổi lưu diễn tại Nhật Bản, Hàn Quốc. Doanh thu của hợp tác xã đạt 2,35 tỷ đồng, gấp 2,1 lần năm 2022; lợi nhuận khoảng 410 triệu đồng.

Hợp tác xã hiện có 32 thành viên, gồm 7 nghệ nhân, 18 diễn viên và 7 nhạc công; tuổi bình quân khoảng 38. Thu nhập của thành viên từ 3,5 đến 5 triệu đồng/người/tháng, cao hơn khoảng 15% so với năm trước. Ông Vũ Đình Lượng, Chủ nhiệm hợp tác xã, cho biết đơn vị đang giữ gìn 25 tích trò cổ như Tễu ra trò, Múa lân, Vinh quy bái tổ.

Toàn huyện hiện có 3 phường rối nước và 14 câu lạc bộ chèo, hát trống quân. Năm 2023, UBND huyện hỗ trợ 120 triệu đồng mua sắm nhạc cụ, sửa chữa thủy đình; tỉnh hỗ trợ thêm 200 triệu đồng cho các phường rối của huyện theo Nghị quyết số 11/2021/NQ-HĐND.

Năm 2024, hợp tác xã phấn đấu biểu diễn từ 200 đến 220 buổi, doanh thu trên 2,6 tỷ đồng; dự kiến mở 2 lớp truyền nghề cho khoảng 25 học viên là thanh thiếu niên trong xã.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Ninh Giang: Tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2023
- Xã Hồng Phong đón Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao

Địa chỉ: Số 2 đường Nguyễn Lương Bằng, thị trấn Ninh Giang. Điện thoại: 0220.3767.105
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23h = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
HTX = "Hợp tác xã Văn hóa nghệ thuật Rối nước Hồng Phong"

FIGS = [
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="doanh thu", period=Y23h),
    fig("biểu diễn 186 buổi", "186", 186, "count", "buổi",
        change=chg("increase", 74, "buổi", "năm 2022"),
        subject=f"buổi biểu diễn của {HTX}", period=Y23),
    fig("có 58 buổi", "58", 58, "count", "buổi", total=186,
        subject="buổi phục vụ khách du lịch", period=Y23),
    fig("và 9 buổi", "9", 9, "count", "buổi", total=186,
        subject="buổi lưu diễn tại Nhật Bản, Hàn Quốc", period=Y23),
    fig("đạt 2,35 tỷ", "2,35", 2.35e9, "money", "đồng",
        change=chg("increase", 2.1, "lần", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=inh(Y23)),
    fig("khoảng 410 triệu", "410", 410e6, "money", "đồng", approx="about",
        subject="lợi nhuận của hợp tác xã", period=inh(Y23)),
    fig("có 32 thành viên", "32", 32, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("gồm 7 nghệ nhân", "7", 7, "count", "nghệ nhân", total=32, subject="nghệ nhân"),
    fig("18 diễn viên", "18", 18, "count", "diễn viên", total=32, subject="diễn viên"),
    fig("và 7 nhạc công", "7", 7, "count", "nhạc công", total=32, subject="nhạc công"),
    fig("khoảng 38", "38", 38, "measure", "tuổi", approx="about", subject="tuổi bình quân của thành viên"),
    fig("từ 3,5 đến 5 triệu", "3,5", 3.5e6, "money", "đồng/người/tháng", value_max=5e6,
        change=chg("increase", 15, "%", "năm trước", approx="about"),
        subject="thu nhập của thành viên"),
    fig("giữ gìn 25 tích trò", "25", 25, "count", "tích trò", subject="tích trò cổ đơn vị đang giữ gìn"),
    fig("có 3 phường", "3", 3, "count", "phường rối nước", subject="phường rối nước toàn huyện"),
    fig("và 14 câu lạc bộ", "14", 14, "count", "câu lạc bộ", subject="câu lạc bộ chèo, hát trống quân"),
    fig("hỗ trợ 120 triệu", "120", 120e6, "money", "đồng",
        subject="kinh phí UBND huyện hỗ trợ mua sắm nhạc cụ, sửa chữa thủy đình", period=Y23),
    fig("thêm 200 triệu", "200", 200e6, "money", "đồng",
        subject="kinh phí tỉnh hỗ trợ thêm cho các phường rối của huyện", period=Y23),
    fig("từ 200 đến 220 buổi", "200", 200, "count", "buổi", value_max=220, status="target",
        subject="buổi biểu diễn của hợp tác xã", period=Y24),
    fig("trên 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu của hợp tác xã", period=Y24),
    fig("mở 2 lớp", "2", 2, "count", "lớp", status="forecast", subject="lớp truyền nghề", period=Y24),
    fig("khoảng 25 học viên", "25", 25, "count", "học viên", approx="about", status="forecast",
        subject="học viên lớp truyền nghề", period=Y24),
]

NOTES = [
    "District portal (huyện Ninh Giang, Hải Dương): banner, menu, '18/01/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:40, Nghị quyết số 11/2021/NQ-HĐND, 'Số 2 đường Nguyễn Lương Bằng', phone 0220.3767.105, 'năm 2023' in a link title.",
    "Location Ninh Giang for all figures (a cooperative in xã Hồng Phong of the district; 'Nhật Bản, Hàn Quốc' are not places of a figure).",
    "Headline 'doanh thu tăng gấp đôi' → multiple 2 (number word 'đôi'), standing alone as the claim, period năm 2023 in the headline.",
    "'gấp 2,1 lần năm 2022' after an amount → change (increase, 2,1 lần); 'tăng 74 buổi' → change in buổi.",
    "Parts after 'trong đó' (58, 9) and 'gồm' (7 + 18 + 7 = 32) take the whole; the 'trong đó' parts stand in the same sentence as 'Năm 2023'.",
    "'tuổi bình quân khoảng 38' is a measure in tuổi. 'hiện' sentences get no period; 'so với năm trước' is only a baseline.",
    "'phấn đấu' governs '200-220 buổi' and 'doanh thu trên 2,6 tỷ' (target); after ';' 'dự kiến' governs 2 lớp and 25 học viên (forecast).",
]

if __name__ == "__main__":
    write("p1336-2", TEXT, NOTES, FIGS, published="2024-01-18", location="Ninh Giang")
