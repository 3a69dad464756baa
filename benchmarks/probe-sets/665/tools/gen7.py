"""p665-7: CDC Thừa Thiên Huế department site, no dateline — surveillance of tobacco use, one-cell-per-line table (Đơn vị tính: %)."""
from lib import per, inh, chg, tgt, fig, emit

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH THỪA THIÊN HUẾ
Trang chủ » Truyền thông - Giáo dục sức khỏe » Phòng, chống tác hại thuốc lá

Kết quả giám sát hành vi sử dụng thuốc lá trên địa bàn tỉnh

Trung tâm Kiểm soát bệnh tật tỉnh vừa công bố kết quả giám sát hành vi sử dụng thuốc lá định kỳ, thực hiện với 3.600 người từ 15 tuổi trở lên và 2.400 học sinh tại 9 huyện, thị xã, thành phố. Kết quả chính như sau:

Bảng 2. Tỷ lệ sử dụng thuốc lá theo nhóm đối tượng
Đơn vị tính: %
Nhóm đối tượng
Năm 2019
Năm 2021
Năm 2023
Nam giới trưởng thành hút thuốc lá
44,6
43,1
40,5
Nữ giới trưởng thành hút thuốc lá
1,3
1,2
0,9
Học sinh hút thuốc lá điếu
2,8
2,5
2,1
Học sinh sử dụng thuốc lá điện tử
2,9
4,3
6,8

Như vậy, sau 4 năm, tỷ lệ nam giới trưởng thành hút thuốc lá đã giảm 4,1 điểm phần trăm, nhưng tỷ lệ học sinh sử dụng thuốc lá điện tử năm 2023 cao gấp 2,3 lần năm 2019.

Năm 2023, Trung tâm đã tổ chức 126 buổi truyền thông tại trường học với hơn 15.000 lượt học sinh tham gia; hướng dẫn 35 cơ quan, doanh nghiệp xây dựng nơi làm việc không khói thuốc. Năm 2024, Trung tâm đặt mục tiêu giảm tỷ lệ học sinh sử dụng thuốc lá điện tử xuống dưới 5%.

Mọi chi tiết xin liên hệ: Khoa Truyền thông - Giáo dục sức khỏe, số 09 Ngô Quyền, TP Huế. ĐT: 0234.3822.187.
Tổng số lượt truy cập: 2.561.034"""

COLS = [per("Năm 2019", "2019-01-01", "2019-12-31"), per("Năm 2021", "2021-01-01", "2021-12-31"),
        per("Năm 2023", "2023-01-01", "2023-12-31")]


def row(label, cells):
    return [fig(a, n, float(n.replace(",", ".")), "percent", "%", f"{label} {p['text'].lower()}", p)
            for (a, n), p in zip(cells, COLS)]


FIGS = [
    fig("với 3.600 người", "3.600", 3600, "count", "người", "người từ 15 tuổi trở lên được giám sát"),
    fig("từ 15 tuổi trở lên", "15", 15, "measure", "tuổi", approx="at_least", optional=True),
    fig("và 2.400 học sinh", "2.400", 2400, "count", "học sinh", "học sinh được giám sát"),
    fig("tại 9 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố thực hiện giám sát"),
    *row("Tỷ lệ nam giới trưởng thành hút thuốc lá",
         [("thuốc lá\n44,6", "44,6"), ("44,6\n43,1", "43,1"), ("43,1\n40,5", "40,5")]),
    *row("Tỷ lệ nữ giới trưởng thành hút thuốc lá",
         [("thuốc lá\n1,3", "1,3"), ("1,3\n1,2", "1,2"), ("1,2\n0,9", "0,9")]),
    *row("Tỷ lệ học sinh hút thuốc lá điếu",
         [("điếu\n2,8", "2,8"), ("2,8\n2,5", "2,5"), ("2,5\n2,1", "2,1")]),
    *row("Tỷ lệ học sinh sử dụng thuốc lá điện tử",
         [("điện tử\n2,9", "2,9"), ("2,9\n4,3", "4,3"), ("4,3\n6,8", "6,8")]),
    fig("giảm 4,1 điểm", "4,1", 4.1, "measure", "điểm phần trăm", "mức giảm tỷ lệ nam giới trưởng thành hút thuốc lá"),
    fig("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần",
        "tỷ lệ học sinh sử dụng thuốc lá điện tử năm 2023 so với năm 2019", per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("tổ chức 126 buổi", "126", 126, "count", "buổi", "buổi truyền thông tại trường học",
        per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("hơn 15.000 lượt", "15.000", 15000, "count", "lượt học sinh", "lượt học sinh tham gia truyền thông",
        per("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    fig("hướng dẫn 35 cơ quan", "35", 35, "count", "cơ quan, doanh nghiệp",
        "cơ quan, doanh nghiệp được hướng dẫn xây dựng nơi làm việc không khói thuốc", per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("dưới 5%", "5", 5, "percent", "%", "tỷ lệ học sinh sử dụng thuốc lá điện tử",
        per("Năm 2024", "2024-01-01", "2024-12-31"), approx="under", status="target"),
]

COMMENTS = [
    "Trung tâm Kiểm soát bệnh tật tỉnh Thừa Thiên Huế (invented department site, no dateline): giám sát hành vi sử dụng thuốc lá 2019-2023.",
    "One cell per line, 'Đơn vị tính: %': each numeric cell is a percent figure; period from the column header (scored, as shared h23/h24).",
    "Distractors: 'Bảng 2', 'sau 4 năm' (duration), 'số 09 Ngô Quyền', phone '0234.3822.187', 'Tổng số lượt truy cập: 2.561.034'.",
    "'giảm 4,1 điểm phần trăm' standing alone is a measure in points (cf. h23 'điểm'); 'cao gấp 2,3 lần năm 2019' standing alone is a multiple.",
    "The province is named in the site header, so location Thừa Thiên Huế; no published date.",
]

if __name__ == "__main__":
    emit("p665-7", TEXT, COMMENTS, FIGS, location="Thừa Thiên Huế")
