from lib import F, P, I, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH KIÊN GIANG
Thanh tra - Kiểm tra

Kết quả thanh tra, kiểm tra việc quản lý, sử dụng đất đai 9 tháng năm 2024

Trong 9 tháng năm 2024, Thanh tra Sở đã chủ trì 14 cuộc thanh tra, kiểm tra về đất đai, khoáng sản và môi trường đối với 87 tổ chức, cá nhân, đạt 77,8% kế hoạch năm. Qua đó, phát hiện 39 tổ chức, cá nhân vi phạm; tham mưu ban hành 36 quyết định xử phạt vi phạm hành chính với tổng số tiền 1.946,5 triệu đồng, buộc khôi phục tình trạng ban đầu đối với 12,4 ha đất.

Diện tích đất vi phạm phát hiện qua thanh tra, kiểm tra tại một số địa phương như sau:

Đơn vị tính: ha
Địa phương
Năm 2022
Năm 2023
9 tháng năm 2024
Phú Quốc
48,6
35,2
21,7
Kiên Lương
12,3
9,8
6,5
Hòn Đất
7,9
11,4
4,2
Châu Thành
5,1
3,6
2,9

Diện tích đất vi phạm 9 tháng năm 2024 của 4 địa phương trên giảm khoảng 41% so với cùng kỳ. Các vi phạm chủ yếu là lấn chiếm đất rừng phòng hộ, xây dựng trái phép trên đất nông nghiệp và chậm đưa đất vào sử dụng.

Trong quý IV/2024, Thanh tra Sở dự kiến tiến hành 4 cuộc thanh tra còn lại theo kế hoạch được phê duyệt tại Quyết định số 2861/QĐ-STNMT.

Địa chỉ: số 1 Nguyễn Công Trứ, phường Vĩnh Thanh Vân, TP. Rạch Giá. Điện thoại: 0297.3862.470.
Tổng số lượt truy cập: 1.205.331
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
S = "diện tích đất vi phạm phát hiện qua thanh tra, kiểm tra"


def row(place, cells):
    out = []
    for (anchor, number), (col, per) in zip(cells, ((" năm 2022", Y22), (" năm 2023", Y23), (" 9 tháng năm 2024", P9))):
        out.append(F(anchor, number, float(number.replace(",", ".")), "measure", "ha", S + col, per, location=place))
    return out


FIGS = [
    F("chủ trì 14 cuộc", "14", 14, "count", "cuộc", "cuộc thanh tra, kiểm tra về đất đai, khoáng sản và môi trường", P9, percent=77.8),
    F("87 tổ chức", "87", 87, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được thanh tra, kiểm tra", P9),
    F("39 tổ chức", "39", 39, "count", "tổ chức, cá nhân", "tổ chức, cá nhân vi phạm", I(P9)),
    F("36 quyết định", "36", 36, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", I(P9)),
    F("1.946,5 triệu", "1.946,5", 1946.5e6, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(P9)),
    F("12,4 ha", "12,4", 12.4, "measure", "ha", "đất buộc khôi phục tình trạng ban đầu", I(P9)),
    *row("Phú Quốc", [("Phú Quốc\n48,6", "48,6"), ("35,2", "35,2"), ("21,7", "21,7")]),
    *row("Kiên Lương", [("12,3", "12,3"), ("9,8", "9,8"), ("9,8\n6,5", "6,5")]),
    *row("Hòn Đất", [("7,9", "7,9"), ("11,4", "11,4"), ("4,2", "4,2")]),
    *row("Châu Thành", [("5,1", "5,1"), ("3,6", "3,6"), ("2,9", "2,9")]),
    F("của 4 địa phương", "4", 4, "count", "địa phương", "địa phương", P9, optional=True),
    F("giảm khoảng 41%", "41", 41, "percent", "%", "diện tích đất vi phạm của 4 địa phương", P9, approx="about"),
    F("hành 4 cuộc", "4", 4, "count", "cuộc", "cuộc thanh tra còn lại", P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Department site (Sở TN&MT Kiên Giang), no dateline (published null); visit counter 'Tổng số lượt truy cập: 1.205.331' in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: ha': rows are districts/cities (location), columns give the period (scored, as in h23/h24).",
    "'14 cuộc …, đạt 77,8% kế hoạch năm' → percent 77.8. '4 địa phương trên' only refers back to the table: optional.",
    "'giảm khoảng 41% so với cùng kỳ' stands as its own claim (no base amount in the sentence): a percent figure without change.",
    "Quyết định số 2861/QĐ-STNMT, address, phone 0297.3862.470 are not figures.",
]

if __name__ == "__main__":
    emit("p548-7", TEXT, COMMENTS, FIGS, published=None, location="Kiên Giang")
