"""p752-7: department site (Sở NN&PTNT Đồng Tháp), purple sweet potato area by district, one-cell-per-line table, no dateline."""
from lib import F, P, I, CH, T, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG THÁP
Trang chủ / Trồng trọt - Bảo vệ thực vật

Diện tích khoai lang tím tăng mạnh ở 4 huyện phía Nam

Năm 2023, diện tích khoai lang tím toàn tỉnh đạt 2.745 ha, tăng 27,6% so với năm 2022; sản lượng đạt 68.600 tấn. Năm 2024, ngành nông nghiệp đặt kế hoạch mở rộng lên 3.200 ha, tập trung tại các huyện Lai Vung, Lấp Vò, Châu Thành và Cao Lãnh.

Bảng: Diện tích khoai lang tím phân theo huyện
Đơn vị tính: ha
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Lai Vung
812
1.034
1.150
Lấp Vò
605
788
900
Châu Thành
420
551
650
Cao Lãnh
314
372
500
Toàn tỉnh
2.151
2.745
3.200

Khoai lang tím được trồng luân canh với lúa trên đất ruộng và đất bãi bồi ven sông Tiền, sông Hậu. Năng suất bình quân năm 2023 đạt 25 tấn/ha, riêng huyện Lai Vung đạt 27,2 tấn/ha; khoảng 40% sản lượng được doanh nghiệp thu mua xuất khẩu sang Trung Quốc, Hàn Quốc.

Giá trị sản xuất khoai lang tím bình quân đạt 215 triệu đồng/ha, cao gấp 2,3 lần so với trồng lúa. Hiện toàn tỉnh có 17 mã số vùng trồng khoai lang tím với diện tích 865 ha, trong đó huyện Lai Vung có 9 mã số. Theo Nghị quyết số 24/2022/NQ-HĐND, tỉnh hỗ trợ 50% chi phí giống sạch bệnh, tối đa 10 triệu đồng/ha cho các tổ hợp tác, hợp tác xã liên kết tiêu thụ.

Liên hệ: Số 5, đường 30/4, Phường 1, TP. Cao Lãnh. Điện thoại: 0277.3851.446
Tổng lượt truy cập: 2.356.014
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
SUBJ = "Diện tích khoai lang tím"


def cells(anchors, numbers, place):
    out = []
    for a, n, (col, per) in zip(anchors, numbers, (("năm 2022", Y22), ("năm 2023", Y23), ("kế hoạch 2024", K24))):
        kw = {"status": "target"} if col.startswith("kế") else {}
        subj = f"{SUBJ} {col}" if place else f"{SUBJ} toàn tỉnh {col}"
        if place:
            kw["location"] = place
        v = float(n.replace(".", ""))
        out.append(F(a, n, v, "measure", "ha", subj, per, **kw))
    return out


FIGS = [
    F("ở 4 huyện", "4", 4, "count", "huyện", "huyện phía Nam có diện tích khoai lang tím tăng mạnh"),
    F("đạt 2.745 ha", "2.745", 2745, "measure", "ha", "diện tích khoai lang tím", Y23,
      change=CH("increase", 27.6, "%", "năm 2022")),
    F("đạt 68.600 tấn", "68.600", 68600, "measure", "tấn", "sản lượng khoai lang tím", Y23),
    F("lên 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích khoai lang tím", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    *cells(["Vung\n812", "812\n1.034", "1.034\n1.150"], ["812", "1.034", "1.150"], "Lai Vung"),
    *cells(["Vò\n605", "605\n788", "788\n900"], ["605", "788", "900"], "Lấp Vò"),
    *cells(["Thành\n420", "420\n551", "551\n650"], ["420", "551", "650"], "Châu Thành"),
    *cells(["Lãnh\n314", "314\n372", "372\n500"], ["314", "372", "500"], "Cao Lãnh"),
    *cells(["tỉnh\n2.151", "2.151\n2.745", "2.745\n3.200"], ["2.151", "2.745", "3.200"], None),
    F("đạt 25 tấn/ha", "25", 25, "measure", "tấn/ha", "năng suất bình quân khoai lang tím",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 27,2 tấn/ha", "27,2", 27.2, "measure", "tấn/ha", "năng suất bình quân khoai lang tím",
      P("năm 2023", "2023-01-01", "2023-12-31"), location="Lai Vung"),
    F("khoảng 40%", "40", 40, "percent", "%", "sản lượng được doanh nghiệp thu mua xuất khẩu",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("đạt 215 triệu", "215", 215000000, "money", "đồng/ha", "giá trị sản xuất khoai lang tím bình quân",
      change=CH("increase", 2.3, "lần", "trồng lúa")),
    F("có 17 mã số", "17", 17, "count", "mã số vùng trồng", "mã số vùng trồng khoai lang tím"),
    F("tích 865 ha", "865", 865, "measure", "ha", "diện tích vùng trồng khoai lang tím được cấp mã số"),
    F("có 9 mã số", "9", 9, "count", "mã số", "mã số vùng trồng khoai lang tím", total=17, location="Lai Vung"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí giống sạch bệnh"),
    F("tối đa 10 triệu", "10", 10000000, "money", "đồng/ha", "mức hỗ trợ chi phí giống tối đa", approx="at_most"),
]

COMMENTS = [
    "Sở NN&PTNT Đồng Tháp (department site, no dateline): khoai lang tím — diện tích 2023, kế hoạch 2024, one-cell-per-line table",
    "'Đơn vị tính: ha' with columns Năm 2022 | Năm 2023 | Kế hoạch 2024 (Kế hoạch → target). Periods from the column headers (scored,",
    "as in shared h23). District row labels go to location; 'Toàn tỉnh' → Đồng Tháp, label kept in the subject. Column sums check.",
    "'cao gấp 2,3 lần so với trồng lúa' after 215 triệu đồng/ha is its change (lần). '4 huyện' in the headline is a count.",
    "'trong đó huyện Lai Vung có 9 mã số' is a part of the 17 codes (total 17, location Lai Vung). The 215 triệu and the code",
    "counts have no period of their own ('Hiện'): none given. Distractors: 'đường 30/4', 'Số 5', 'Phường 1', 'Nghị quyết số",
    "24/2022/NQ-HĐND', phone, 'Tổng lượt truy cập: 2.356.014'.",
]

if __name__ == "__main__":
    emit("p752-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Tháp")
