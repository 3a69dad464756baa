"""p1403-2: district portal (huyện Ninh Phước): Bàu Trúc pottery village one year after UNESCO inscription."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH PHƯỚC
UBND huyện Ninh Phước - tỉnh Ninh Thuận
Trang chủ / Kinh tế / Làng nghề truyền thống

Làng gốm Bàu Trúc sau một năm được UNESCO ghi danh
09/12/2023 - 10:20

Làng gốm Bàu Trúc (thị trấn Phước Dân) hiện có 435 hộ với hơn 1.000 lao động làm gốm, trong đó có ba chục nghệ nhân được phong tặng danh hiệu. Năm 2023, làng nghề sản xuất khoảng 1,2 triệu sản phẩm các loại, doanh thu ước đạt 72 tỷ đồng, tăng 18% so với năm 2022. Thu nhập của thợ gốm bình quân từ 5 đến 7 triệu đồng/người/tháng.

Ngày 29/11/2022, "Nghệ thuật làm gốm của người Chăm" được UNESCO ghi danh vào Danh sách di sản văn hóa phi vật thể cần bảo vệ khẩn cấp. Từ tháng 12/2022 đến nay, làng đón khoảng 95.000 lượt khách; riêng 11 tháng năm 2023 đạt 61.400 lượt, gấp đôi cùng kỳ. Khách quốc tế chiếm 15-20% lượng khách đến làng.

Hiện làng có 3 hợp tác xã và 14 cơ sở sản xuất gốm; giá sản phẩm từ 50.000 đến 3 triệu đồng/sản phẩm tùy kích thước. Hợp tác xã Gốm Chăm Đàng Năng (khu phố 8, thị trấn Phước Dân) có 28 thành viên, xuất khẩu bình quân 2 container/tháng sang Nhật Bản và Pháp; bộ sưu tập "Gốm Chăm 4.0" của hợp tác xã đang được khách đặt hàng nhiều.

Năm 2024, huyện phấn đấu đón 80.000 lượt khách đến làng gốm, hỗ trợ 2 tỷ đồng xây dựng nhà trưng bày; 100% hộ làm gốm được tập huấn bán hàng trực tuyến.

Tin khác:
- Ninh Phước: Tổng kết công tác dân tộc, tôn giáo năm 2023
- Hội nghị tuyên dương già làng, người có uy tín lần thứ IV

UBND huyện Ninh Phước - Khu phố 3, thị trấn Phước Dân. Điện thoại: 0259.3864.015
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = per("Từ tháng 12/2022 đến nay", "2022-12-01", "2023-12-09")
M11 = per("11 tháng năm 2023", "2023-01-01", "2023-11-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 435 hộ", "435", 435, "count", "hộ", subject="hộ làng gốm Bàu Trúc"),
    fig("hơn 1.000 lao động", "1.000", 1000, "count", "lao động", approx="over",
        subject="lao động làm gốm"),
    fig("có ba chục nghệ nhân", "ba chục", 30, "count", "nghệ nhân", total=1000,
        subject="nghệ nhân được phong tặng danh hiệu"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "sản phẩm", approx="about",
        subject="sản phẩm các loại làng nghề sản xuất", period=Y23),
    fig("ước đạt 72 tỷ", "72", 72e9, "money", "đồng", status="estimate",
        change=chg("increase", 18, "%", "năm 2022"), subject="doanh thu làng nghề", period=Y23),
    fig("từ 5 đến 7 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập bình quân của thợ gốm", period=inh(Y23)),
    fig("khoảng 95.000 lượt", "95.000", 95000, "count", "lượt khách", approx="about",
        subject="lượt khách làng đón", period=SINCE),
    fig("đạt 61.400 lượt", "61.400", 61400, "count", "lượt",
        change=chg("increase", 2, "lần", "cùng kỳ"), subject="lượt khách làng đón", period=M11),
    fig("chiếm 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="tỷ lệ khách quốc tế trong lượng khách đến làng"),
    fig("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", subject="hợp tác xã làng gốm"),
    fig("và 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở sản xuất gốm"),
    fig("từ 50.000 đến 3 triệu", "50.000", 50000, "money", "đồng/sản phẩm", value_max=3e6,
        subject="giá sản phẩm gốm"),
    fig("có 28 thành viên", "28", 28, "count", "thành viên",
        subject="thành viên Hợp tác xã Gốm Chăm Đàng Năng"),
    fig("bình quân 2 container", "2", 2, "measure", "container/tháng",
        subject="gốm hợp tác xã xuất khẩu sang Nhật Bản và Pháp"),
    fig("đón 80.000 lượt", "80.000", 80000, "count", "lượt khách", status="target",
        subject="lượt khách đến làng gốm", period=Y24),
    fig("hỗ trợ 2 tỷ", "2", 2e9, "money", "đồng", status="target",
        subject="kinh phí hỗ trợ xây dựng nhà trưng bày", period=Y24),
    fig("; 100% hộ", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ hộ làm gốm được tập huấn bán hàng trực tuyến", period=Y24),
]

NOTES = [
    "District portal (huyện Ninh Phước, Ninh Thuận): Bàu Trúc pottery village; banner naming the district, '09/12/2023 - 10:20'.",
    "Distractors: 'sau một năm' (duration that locates), 'Ngày 29/11/2022', 'khu phố 8', 'Khu phố 3', '\"Gốm Chăm 4.0\"', 'lần thứ IV', phone, 10:20.",
    "Location Ninh Phước throughout (thị trấn Phước Dân is a town of the district; the spec's finest place is the district).",
    "'hơn 1.000 lao động …, trong đó có ba chục nghệ nhân' → 30 (number word), total 1.000.",
    "'Từ tháng 12/2022 đến nay' ends at the dateline 2023-12-09. 'gấp đôi cùng kỳ' → change 2 lần.",
    "'riêng 11 tháng năm 2023 đạt 61.400' → no total ('riêng' is not a cue in the spec).",
    "'khoảng 1,2 triệu sản phẩm' stands before the 'ước đạt' clause → actual (about). Income sentence inherits 'Năm 2023'.",
    "'phấn đấu' governs the clauses after it in that sentence, also the one after ';' (100%).",
]

if __name__ == "__main__":
    write("p1403-2", TEXT, NOTES, FIGS, published="2023-12-09", location="Ninh Phước")
