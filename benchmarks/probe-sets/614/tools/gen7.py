from lib import F, P, I, CH, emit

ROWS = [
    ("Thành phố Tây Ninh", "21", "318", "502"),
    ("Hòa Thành", "17", "274", "391"),
    ("Trảng Bàng", "24", "362", "587"),
    ("Gò Dầu", "14", "219", "356"),
    ("Tân Châu", "11", "187", "298"),
    ("Các huyện còn lại", "10", "166", "243"),
    ("Toàn tỉnh", "97", "1.526", "2.377"),
]

TABLE = "\n".join(["Địa phương", "Tuần 32", "Cộng dồn đến 11/8", "Cùng kỳ 2023"]
                  + [c for r in ROWS for c in r])

TEXT = f"""TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH TÂY NINH
Trang chủ » Thông tin dịch bệnh » Sốt xuất huyết

TÌNH HÌNH SỐT XUẤT HUYẾT TUẦN 32 NĂM 2024

Trong tuần 32 (từ ngày 5/8 đến 11/8/2024), toàn tỉnh ghi nhận 97 ca sốt xuất huyết, giảm 12 ca so với tuần 31; không có ca tử vong. Cộng dồn từ đầu năm đến ngày 11/8/2024 có 1.526 ca, giảm 35,8% so với cùng kỳ năm 2023 (2.377 ca).

Số ca mắc sốt xuất huyết theo địa phương
Đơn vị tính: ca
{TABLE}

Trong tuần, ngành y tế đã xử lý 14 ổ dịch, nâng tổng số ổ dịch được xử lý từ đầu năm lên 203 ổ dịch. Kết quả giám sát véc tơ tại 8 điểm cho thấy chỉ số BI trung bình là 31, ở mức nguy cơ cao; mật độ muỗi trung bình 0,8 con/nhà.

Cũng trong tuần, toàn tỉnh ghi nhận 23 ca tay chân miệng và 2 ca sởi; cộng dồn từ đầu năm đến ngày 11/8 có 641 ca tay chân miệng, 17 ca sởi.

Trung tâm khuyến cáo người dân hằng tuần kiểm tra, loại bỏ dụng cụ chứa nước đọng quanh nhà, ngủ màn kể cả ban ngày. Mọi thắc mắc xin liên hệ: 0276.3822.914; địa chỉ: số 22 đường 30/4, Phường 3, thành phố Tây Ninh.

Lượt truy cập: 845.122
"""

WEEK = P("Tuần 32", "2024-08-05", "2024-08-11")
ASOF = P("Cộng dồn đến 11/8", None, "2024-08-11")
SAME = I(P("Cùng kỳ 2023"))  # 'cùng kỳ' period: text only, left unscored

FIGS = [
    F("ghi nhận 97 ca", "97", 97, "count", "ca", "ca sốt xuất huyết",
      P("tuần 32 (từ ngày 5/8 đến 11/8/2024)", "2024-08-05", "2024-08-11"),
      change=CH("decrease", 12, "ca", "tuần 31")),
    F("có 1.526 ca", "1.526", 1526, "count", "ca", "ca sốt xuất huyết cộng dồn",
      P("Cộng dồn từ đầu năm đến ngày 11/8/2024", "2024-01-01", "2024-08-11"),
      change=CH("decrease", 35.8, "%", "cùng kỳ năm 2023")),
    F("(2.377 ca)", "2.377", 2377, "count", "ca", "ca sốt xuất huyết cùng kỳ năm 2023", I(P("cùng kỳ năm 2023"))),
]
for label, w, c, s in ROWS:
    loc = "Tây Ninh" if label in ("Toàn tỉnh", "Các huyện còn lại") else label
    nxt = {"Thành phố Tây Ninh": "Hòa Thành", "Hòa Thành": "Trảng Bàng", "Trảng Bàng": "Gò Dầu",
           "Gò Dầu": "Tân Châu", "Tân Châu": "Các huyện", "Các huyện còn lại": "Toàn tỉnh", "Toàn tỉnh": "\nTrong tuần"}[label]
    subj = "ca sốt xuất huyết" + (" các huyện còn lại" if label == "Các huyện còn lại" else "")
    vals = [(w, WEEK, "tuần 32"), (c, ASOF, "cộng dồn đến 11/8"), (s, SAME, "cùng kỳ 2023")]
    anchors = [f"{label}\n{w}\n", f"{w}\n{c}\n{s}", f"{s}\n{nxt}"]
    for (num, per, col), anc in zip(vals, anchors):
        F_ = F(anc, num, float(num.replace(".", "")), "count", "ca", f"{subj} {col}", per, location=loc)
        FIGS.append(F_)

FIGS += [
    F("xử lý 14 ổ dịch", "14", 14, "count", "ổ dịch", "ổ dịch được xử lý",
      P("Trong tuần", "2024-08-05", "2024-08-11")),
    F("lên 203 ổ dịch", "203", 203, "count", "ổ dịch", "tổng số ổ dịch được xử lý từ đầu năm",
      I(P("từ đầu năm", "2024-01-01", "2024-08-11"))),
    F("ghi nhận 23 ca", "23", 23, "count", "ca", "ca tay chân miệng", P("Cũng trong tuần", "2024-08-05", "2024-08-11")),
    F("và 2 ca sởi", "2", 2, "count", "ca", "ca sởi", P("Cũng trong tuần", "2024-08-05", "2024-08-11")),
    F("có 641 ca", "641", 641, "count", "ca", "ca tay chân miệng cộng dồn",
      P("cộng dồn từ đầu năm đến ngày 11/8", "2024-01-01", "2024-08-11")),
    F("17 ca sởi", "17", 17, "count", "ca", "ca sởi cộng dồn",
      P("cộng dồn từ đầu năm đến ngày 11/8", "2024-01-01", "2024-08-11")),
    F("tại 8 điểm", "8", 8, "count", "điểm", "điểm giám sát véc tơ"),
    F("BI trung bình là 31", "31", 31, "measure", "", "chỉ số BI trung bình"),
    F("0,8 con/nhà", "0,8", 0.8, "measure", "con/nhà", "mật độ muỗi trung bình"),
]

COMMENTS = [
    "Probe 614-7. Department site (CDC Tây Ninh), no dateline (published null), visit counter in the footer. Weekly dengue",
    "report, tuần 32/2024 = 5/8-11/8/2024, with a one-cell-per-line table ('Đơn vị tính: ca'; columns Tuần 32 | Cộng dồn đến 11/8",
    "| Cùng kỳ 2023). Row labels that are places go to location ('Toàn tỉnh', 'Các huyện còn lại' -> Tây Ninh); subject = column.",
    "'Cộng dồn đến 11/8' is an as-of header (start null, as 'đến 30/6/2023' in FIGURES.md); 'Cùng kỳ 2023' columns and the",
    "bracketed '(2.377 ca)' baseline amount are figures whose period (same period of 2023) is left unscored. '203 ổ dịch từ đầu năm'",
    "period unscored. BI (Breteau index) is a bare index: measure, empty unit. Not figures: phone, 'số 22 đường 30/4, Phường 3', counter.",
]

if __name__ == "__main__":
    emit("p614-7", TEXT, COMMENTS, FIGS, published=None, location="Tây Ninh")
