"""p1459-8: radio/TV site (Đài PT-TH TP Cần Thơ): optical shops lacking licensed refractionists, training courses."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TP CẦN THƠ
Trang chủ / Thời sự / Y tế - Sức khỏe
Nghe bản tin | Xem video

Gần 40% cơ sở cắt kính ở Cần Thơ chưa có người đo khúc xạ đủ điều kiện

Cập nhật lúc 18:30, Thứ Bảy, 22/06/2024

Theo Sở Y tế TP Cần Thơ, tính đến ngày 15/6/2024, toàn thành phố có 168 cơ sở kinh doanh kính mắt, tăng 11 cơ sở so với cuối năm 2023; trong đó 97 cơ sở có dịch vụ đo, lắp kính thuốc. Số cơ sở dịch vụ kính thuốc của thành phố đứng thứ hai khu vực Đồng bằng sông Cửu Long. Các cơ sở này tập trung nhiều nhất ở quận Ninh Kiều (52 cơ sở), tiếp đến là quận Cái Răng (14 cơ sở) và quận Bình Thủy (9 cơ sở).

Qua rà soát, có 38 cơ sở, tương đương 39,2% số cơ sở có dịch vụ đo kính, chưa có người đo khúc xạ đáp ứng quy định của Luật Khám bệnh, chữa bệnh năm 2023 và Nghị định số 96/2023/NĐ-CP.

Anh Lâm Văn Tài, chủ cửa hàng Kính mắt Tài Lộc 2 trên đường 30 Tháng 4, quận Ninh Kiều, cho biết đã cử hai nhân viên đi học và chấp nhận chi khoảng 25 triệu đồng cho việc đào tạo. Mỗi tháng cửa hàng cắt khoảng 350 cặp kính thuốc.

Từ tháng 7 đến tháng 12/2024, Trường Cao đẳng Y tế Cần Thơ dự kiến mở 3 lớp đào tạo khúc xạ nhãn khoa ngắn hạn, mỗi lớp từ 30 đến 35 học viên, học phí 12 triệu đồng/học viên. Sở Y tế đặt mục tiêu đến hết năm 2025, 100% cơ sở dịch vụ kính thuốc có người đo khúc xạ được cấp giấy phép hành nghề.

Từ khóa: khúc xạ, kính thuốc, Cần Thơ
Đường dây nóng: 0292.3820.815
"""

ASOF = per("tính đến ngày 15/6/2024", None, "2024-06-15")
H2 = per("Từ tháng 7 đến tháng 12/2024", "2024-07-01", "2024-12-31")
NK = "Ninh Kiều"
SH = "cơ sở có dịch vụ đo, lắp kính thuốc"

FIGS = [
    fig("Gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="cơ sở cắt kính chưa có người đo khúc xạ đủ điều kiện"),
    fig("có 168 cơ sở", "168", 168, "count", "cơ sở",
        change=chg("increase", 11, "cơ sở", "cuối năm 2023"),
        subject="cơ sở kinh doanh kính mắt", period=ASOF),
    fig("trong đó 97 cơ sở", "97", 97, "count", "cơ sở", total=168, subject=SH, period=ASOF),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="số cơ sở dịch vụ kính thuốc của thành phố"),
    fig("(52 cơ sở)", "52", 52, "count", "cơ sở", subject=SH, period=inh(ASOF), location=NK),
    fig("(14 cơ sở)", "14", 14, "count", "cơ sở", subject=SH, period=inh(ASOF), location="Cái Răng"),
    fig("(9 cơ sở)", "9", 9, "count", "cơ sở", subject=SH, period=inh(ASOF), location="Bình Thủy"),
    fig("có 38 cơ sở", "38", 38, "count", "cơ sở", percent=39.2,
        subject="cơ sở chưa có người đo khúc xạ đáp ứng quy định", period=inh(ASOF)),
    fig("cử hai nhân viên", "hai", 2, "count", "nhân viên", subject="nhân viên cửa hàng cử đi học",
        location=NK),
    fig("khoảng 25 triệu", "25", 25e6, "money", "đồng", approx="about",
        subject="chi phí đào tạo", location=NK),
    fig("khoảng 350 cặp", "350", 350, "measure", "cặp kính/tháng", approx="about",
        subject="cặp kính thuốc cửa hàng cắt mỗi tháng", location=NK),
    fig("mở 3 lớp", "3", 3, "count", "lớp", status="forecast",
        subject="lớp đào tạo khúc xạ nhãn khoa ngắn hạn", period=H2),
    fig("từ 30 đến 35", "30", 30, "measure", "học viên/lớp", value_max=35, status="forecast",
        subject="học viên mỗi lớp", period=H2),
    fig("học phí 12 triệu", "12", 12e6, "money", "đồng/học viên", status="forecast",
        subject="học phí", period=H2),
    fig("hết năm 2025, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở dịch vụ kính thuốc có người đo khúc xạ được cấp giấy phép hành nghề",
        period=per("đến hết năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, 'Nghe bản tin | Xem video', 'Cập nhật lúc 18:30, Thứ Bảy, 22/06/2024' (published), keywords, hotline.",
    "Distractors: 18:30, 'Kính mắt Tài Lộc 2', 'đường 30 Tháng 4', 'Nghị định số 96/2023/NĐ-CP', 'Luật ... năm 2023', hotline 0292.3820.815.",
    "'tăng 11 cơ sở so với cuối năm 2023' stands right after 168 → change of 168 (increase 11 cơ sở). 'trong đó 97' → total 168.",
    "'đứng thứ hai khu vực Đồng bằng sông Cửu Long' → rank 2 (number word), location Cần Thơ (the ranked city), no period (own sentence).",
    "District list in brackets: places → location; they do not add up to 97 → no total; period inherited (previous sentence).",
    "'38 cơ sở, tương đương 39,2%' → percent attribute; headline 'Gần 40%' is a percent figure (nearly).",
    "The shop in quận Ninh Kiều: its figures → Ninh Kiều. 'Mỗi tháng ... khoảng 350 cặp kính' is a rate: measure 'cặp kính/tháng'.",
    "'Từ tháng 7 đến tháng 12/2024 ... dự kiến' → forecast and that period for the three clauses; 'mỗi lớp từ 30 đến 35 học viên' → measure",
    "'học viên/lớp', range. 'mục tiêu đến hết năm 2025, 100%' → target, start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1459-8", TEXT, NOTES, FIGS, published="2024-06-22", location="Cần Thơ")
