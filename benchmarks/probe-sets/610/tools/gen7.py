"""p610-7: department site (Trung tâm Nước sạch Long An), no dateline; one-cell-per-line table by district."""
from lib import F, P, I, CH, T, emit

ROWS = [
    ("Cần Đước", ("41.250", "43.870", "45.500")),
    ("Cần Giuộc", ("38.620", "40.915", "42.300")),
    ("Bến Lức", ("29.480", "31.260", "33.000")),
    ("Đức Hòa", ("35.770", "37.140", "39.000")),
    ("Tân Trụ", ("14.305", "15.020", "15.800")),
    ("Tổng cộng", ("159.425", "168.205", "175.600")),
]

TABLE = "\n".join(["Huyện", "Năm 2022", "Năm 2023", "Kế hoạch 2024"] + [x for name, cells in ROWS for x in (name,) + cells])

TEXT = f"""SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
TRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN
Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Kết quả cấp nước sạch nông thôn năm 2023 tại 5 huyện vùng hạ

Năm 2023, toàn tỉnh có 1.126.400 người dân nông thôn được sử dụng nước sạch đạt quy chuẩn, đạt tỷ lệ 84,2%, cao hơn 2,6 điểm phần trăm so với năm 2022. Riêng 5 huyện vùng hạ chịu ảnh hưởng xâm nhập mặn đã đấu nối mới 8.780 hộ, nâng số hộ sử dụng nước từ công trình cấp nước tập trung lên 168.205 hộ.

Bảng: Số hộ nông thôn sử dụng nước sạch từ công trình cấp nước tập trung
Đơn vị tính: hộ
{TABLE}

Từ ngày 01/7/2023, giá nước sạch nông thôn áp dụng thống nhất toàn tỉnh là 9.350 đồng/m³ (chưa gồm thuế giá trị gia tăng). Năm 2024, Trung tâm triển khai dự án mở rộng mạng lưới dọc Quốc lộ 50 với tổng mức đầu tư 68,5 tỷ đồng, dự kiến cấp nước cho thêm khoảng 7.400 hộ.

Địa chỉ: số 68 Nguyễn Huệ, Phường 1, TP Tân An, tỉnh Long An
Điện thoại: 0272.3826.457
Tổng lượt truy cập: 1.204.563
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = (("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"))
SUBJ = "Số hộ nông thôn sử dụng nước sạch từ công trình cấp nước tập trung"


def table_figs():
    out = []
    for name, cells in ROWS:
        for i, (cell, (col, per, st)) in enumerate(zip(cells, COLS)):
            prev = name if i == 0 else cells[i - 1]
            anchor = f"{prev}\n{cell}"
            v = float(cell.replace(".", ""))
            kw = {"status": st} if st else {}
            if name == "Tổng cộng":
                subj = f"{SUBJ} tổng cộng {col}"
            else:
                subj = f"{SUBJ} {col}"
                kw["location"] = name
            out.append(F(anchor, cell, v, "count", "hộ", subj, per, **kw))
    return out


FIGS = [
    F("tại 5 huyện", "5", 5, "count", "huyện", "huyện vùng hạ", optional=True),
    F("có 1.126.400 người", "1.126.400", 1126400, "count", "người", "người dân nông thôn được sử dụng nước sạch đạt quy chuẩn", Y23,
      percent=84.2, change=CH("increase", 2.6, "điểm phần trăm", "năm 2022")),
    F("Riêng 5 huyện", "5", 5, "count", "huyện", "huyện vùng hạ chịu ảnh hưởng xâm nhập mặn", optional=True),
    F("mới 8.780 hộ", "8.780", 8780, "count", "hộ", "hộ đấu nối mới tại 5 huyện vùng hạ", I(Y23)),
    F("lên 168.205 hộ", "168.205", 168205, "count", "hộ", "số hộ sử dụng nước từ công trình cấp nước tập trung", I(Y23)),
] + table_figs() + [
    F("là 9.350 đồng/m³", "9.350", 9350, "money", "đồng/m³", "giá nước sạch nông thôn áp dụng thống nhất toàn tỉnh"),
    F("tư 68,5 tỷ đồng", "68,5", 68.5e9, "money", "đồng", "tổng mức đầu tư dự án mở rộng mạng lưới cấp nước", Y24),
    F("khoảng 7.400 hộ", "7.400", 7400, "count", "hộ", "hộ được cấp nước thêm", Y24, approx="about", status="forecast"),
]

COMMENTS = [
    "Trung tâm Nước sạch và VSMTNT Long An (department site), no dateline: households on piped water in 5 lower districts, one-cell-per-line table.",
    "Table 'Đơn vị tính: hộ', columns Năm 2022 | Năm 2023 | Kế hoạch 2024: every cell a figure, district row label -> location,",
    "subject = table title + column; period from the column header (scored, as h23); 'Kế hoạch 2024' -> target. 'Tổng cộng' row keeps Long An.",
    "No totals on the district cells (a table row is no textual part-of cue). '5 huyện' (a group name of the district set): optional.",
    "Lead: '84,2%' is the share of 1.126.400 (percent), 'cao hơn 2,6 điểm phần trăm so với năm 2022' its change.",
    "168.205 hộ (text) equals the 2023 total cell; both are figures. 'Năm 2024 … dự kiến' -> forecast for the 7.400 hộ; the 68,5 tỷ is actual (no cue).",
    "Not figures: Quốc lộ 50, 'Từ ngày 01/7/2023', số 68 Nguyễn Huệ, Phường 1, 0272.3826.457, 'Tổng lượt truy cập: 1.204.563'.",
]

if __name__ == "__main__":
    emit("p610-7", TEXT, COMMENTS, FIGS, location="Long An")
