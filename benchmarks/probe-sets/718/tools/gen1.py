"""p718-1: Hà Giang province portal — child marriage 2023, districts, Tiểu dự án 2 funding, communication, 2024/2025 targets."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng Thông tin điện tử tỉnh Hà Giang
Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo

Hà Giang: Năm 2023 còn 187 cặp tảo hôn, giảm 12,2% so với năm 2022

Cập nhật: 16/01/2024 08:30
Lượt xem: 3.482

(HGP) - Theo báo cáo của Ban Dân tộc tỉnh, năm 2023 toàn tỉnh xảy ra 187 cặp tảo hôn, giảm 26 cặp so với năm 2022; trong đó có 41 cặp cả vợ và chồng đều chưa đủ tuổi kết hôn. Các huyện còn nhiều trường hợp tảo hôn là Mèo Vạc (38 cặp), Đồng Văn (33 cặp), Xín Mần (27 cặp) và Hoàng Su Phì (21 cặp). Toàn tỉnh phát hiện 3 cặp hôn nhân cận huyết thống, giảm 2 cặp so với năm trước.

Năm 2023, tỉnh bố trí 4,86 tỷ đồng từ Chương trình MTQG 1719 để thực hiện Tiểu dự án 2 thuộc Dự án 9, đạt 92,5% kế hoạch vốn. Các ngành, địa phương đã tổ chức 326 hội nghị truyền thông với hơn 18.500 lượt người tham dự; cấp phát 24.000 tờ rơi song ngữ Việt - Mông; duy trì 145 mô hình can thiệp, trong đó có 62 câu lạc bộ "Thủ lĩnh của sự thay đổi" tại các trường phổ thông dân tộc nội trú, bán trú. Khoảng 70% học sinh dân tộc thiểu số của các trường này tham gia sinh hoạt câu lạc bộ.

Tính đến ngày 31/12/2023, 100% số xã vùng đồng bào dân tộc thiểu số đã thành lập tổ tư vấn cộng đồng về hôn nhân và gia đình, với 1.236 thành viên là người có uy tín, trưởng thôn và cán bộ hội phụ nữ.

Năm 2024, tỉnh phấn đấu giảm từ 2 đến 3% số cặp tảo hôn so với năm 2023, cơ bản ngăn chặn hôn nhân cận huyết thống; đến năm 2025, tỷ lệ tảo hôn trong vùng đồng bào dân tộc thiểu số giảm bình quân 2-3%/năm.

Mọi phản ánh về tảo hôn xin liên hệ Ban Dân tộc tỉnh, số 12 đường Nguyễn Trãi, TP Hà Giang; điện thoại 0219.3866.258 hoặc Tổng đài quốc gia bảo vệ trẻ em 111.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 31/12/2023", end="2023-12-31")

FIGS = [
    fig("còn 187 cặp tảo hôn", "187", 187, "count", "cặp",
        change=chg("decrease", 12.2, "%", "năm 2022"),
        subject="cặp tảo hôn", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("xảy ra 187 cặp", "187", 187, "count", "cặp",
        change=chg("decrease", 26, "cặp", "năm 2022"),
        subject="cặp tảo hôn", period=Y23),
    fig("có 41 cặp", "41", 41, "count", "cặp", total=187,
        subject="cặp tảo hôn cả vợ và chồng đều chưa đủ tuổi kết hôn", period=Y23),
    fig("Mèo Vạc (38 cặp)", "38", 38, "count", "cặp", subject="cặp tảo hôn", period=inh(Y23), location="Mèo Vạc"),
    fig("Đồng Văn (33 cặp)", "33", 33, "count", "cặp", subject="cặp tảo hôn", period=inh(Y23), location="Đồng Văn"),
    fig("Xín Mần (27 cặp)", "27", 27, "count", "cặp", subject="cặp tảo hôn", period=inh(Y23), location="Xín Mần"),
    fig("Hoàng Su Phì (21 cặp)", "21", 21, "count", "cặp", subject="cặp tảo hôn", period=inh(Y23),
        location="Hoàng Su Phì"),
    fig("phát hiện 3 cặp", "3", 3, "count", "cặp",
        change=chg("decrease", 2, "cặp", "năm trước"),
        subject="cặp hôn nhân cận huyết thống", period=inh(Y23)),
    fig("bố trí 4,86 tỷ đồng", "4,86", 4860000000, "money", "đồng", percent=92.5,
        subject="vốn thực hiện Tiểu dự án 2 thuộc Dự án 9",
        period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("tổ chức 326 hội nghị", "326", 326, "count", "hội nghị", subject="hội nghị truyền thông", period=inh(Y23)),
    fig("hơn 18.500 lượt người", "18.500", 18500, "count", "lượt người", approx="over",
        subject="lượt người tham dự hội nghị truyền thông", period=inh(Y23)),
    fig("cấp phát 24.000 tờ rơi", "24.000", 24000, "count", "tờ rơi",
        subject="tờ rơi song ngữ Việt - Mông cấp phát", period=inh(Y23)),
    fig("duy trì 145 mô hình", "145", 145, "count", "mô hình", subject="mô hình can thiệp duy trì", period=inh(Y23)),
    fig("có 62 câu lạc bộ", "62", 62, "count", "câu lạc bộ", total=145,
        subject='câu lạc bộ "Thủ lĩnh của sự thay đổi" tại các trường phổ thông dân tộc nội trú, bán trú',
        period=inh(Y23)),
    fig("Khoảng 70% học sinh", "70", 70, "percent", "%", approx="about",
        subject="học sinh dân tộc thiểu số tham gia sinh hoạt câu lạc bộ", period=inh(Y23)),
    fig("100% số xã", "100", 100, "percent", "%",
        subject="xã vùng đồng bào dân tộc thiểu số thành lập tổ tư vấn cộng đồng về hôn nhân và gia đình",
        period=ASOF),
    fig("với 1.236 thành viên", "1.236", 1236, "count", "thành viên",
        subject="thành viên tổ tư vấn cộng đồng về hôn nhân và gia đình", period=ASOF),
    fig("giảm từ 2 đến 3% số cặp", "2", 2, "percent", "%", value_max=3, status="target",
        subject="mức giảm số cặp tảo hôn so với năm 2023",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("bình quân 2-3%/năm", "2", 2, "percent", "%", value_max=3, status="target",
        subject="mức giảm bình quân tỷ lệ tảo hôn trong vùng đồng bào dân tộc thiểu số",
        period=per("đến năm 2025", end="2025-12-31")),
]

NOTES = [
    "Cổng TTĐT tỉnh Hà Giang (province portal): tảo hôn năm 2023, huyện, vốn Tiểu dự án 2 Dự án 9, truyền thông, mục tiêu 2024/2025.",
    "Headline 187 carries the % change, the body 187 the change in couples. District items have no total (no cue). 'Lượt xem',",
    "'MTQG 1719', 'Tiểu dự án 2', 'Dự án 9', address 'số 12', phone and hotline '111' are not figures.",
]

if __name__ == "__main__":
    write("p718-1", TEXT, NOTES, FIGS, published="2024-01-16", location="Hà Giang")
