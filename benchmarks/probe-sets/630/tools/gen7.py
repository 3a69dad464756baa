from lib import fig, per, inh, chg, emit

ROWS = [("Thị xã Nghi Sơn", "Nghi Sơn", "4.820", "1.215", "25,2"),
        ("Huyện Thọ Xuân", "Thọ Xuân", "3.460", "702", "20,3"),
        ("Huyện Hoằng Hóa", "Hoằng Hóa", "3.105", "566", "18,2"),
        ("Huyện Quảng Xương", "Quảng Xương", "2.740", "471", "17,2"),
        ("Huyện Triệu Sơn", "Triệu Sơn", "2.380", "395", "16,6")]

TABLE = "\n".join(f"{r[0]}\n{r[2]}\n{r[3]}\n{r[4]}" for r in ROWS)

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THANH HÓA
Trang chủ / Việc làm / Thông tin thị trường lao động

Kết quả tổ chức phiên giao dịch việc làm năm 2023

Năm 2023, Trung tâm Dịch vụ việc làm Thanh Hóa phối hợp với các địa phương tổ chức 64 phiên giao dịch việc làm, trong đó 24 phiên tại sàn giao dịch việc làm của Trung tâm và 40 phiên lưu động tại các huyện, thị xã. Qua các phiên đã có 38.250 lượt lao động được tư vấn, giới thiệu việc làm; 7.436 lao động được tuyển dụng, đạt 19,4%.

Bảng: Kết quả phiên giao dịch việc làm lưu động tại một số địa phương năm 2023
Đơn vị tính: người
Địa phương
Lao động được tư vấn
Lao động trúng tuyển
Tỷ lệ trúng tuyển (%)
""" + TABLE + """

Về bảo hiểm thất nghiệp, năm 2023 toàn tỉnh có 21.845 người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 6,9% so với năm 2022; số tiền chi trả 352,4 tỷ đồng.

Năm 2024, Sở đặt mục tiêu tổ chức 70 phiên giao dịch việc làm, tỷ lệ lao động trúng tuyển qua phiên đạt từ 20 đến 25%.

Địa chỉ: Số 35 Đại lộ Lê Lợi, phường Lam Sơn, TP. Thanh Hóa | ĐT: 0237.3852.475
Tổng số lượt truy cập: 2.415.906
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T = inh(per("năm 2023", "2023-01-01", "2023-12-31"))
CTX = " tại phiên giao dịch việc làm lưu động"

FIGS = [
    fig("tổ chức 64 phiên", "64", 64, "count", "phiên",
        subject="phiên giao dịch việc làm", period=Y23),
    fig("đó 24 phiên", "24", 24, "count", "phiên", total=64,
        subject="phiên giao dịch việc làm tại sàn giao dịch việc làm của Trung tâm", period=Y23),
    fig("và 40 phiên", "40", 40, "count", "phiên", total=64,
        subject="phiên giao dịch việc làm lưu động tại các huyện, thị xã", period=Y23),
    fig("có 38.250 lượt", "38.250", 38250, "count", "lượt lao động",
        subject="lượt lao động được tư vấn, giới thiệu việc làm qua các phiên", period=inh(Y23)),
    fig("7.436 lao động", "7.436", 7436, "count", "lao động", percent=19.4,
        subject="lao động được tuyển dụng qua các phiên", period=inh(Y23)),
]
for label, loc, a, b, c in ROWS:
    FIGS.append(fig(f"{label}\n{a}", a, float(a.replace(".", "")), "count", "người",
                    subject="Lao động được tư vấn" + CTX, period=T, location=loc))
    FIGS.append(fig(f"{a}\n{b}", b, float(b.replace(".", "")), "count", "người",
                    subject="Lao động trúng tuyển" + CTX, period=T, location=loc))
    FIGS.append(fig(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
                    subject="Tỷ lệ trúng tuyển" + CTX, period=T, location=loc))
FIGS += [
    fig("có 21.845 người", "21.845", 21845, "count", "người",
        change=chg("increase", 6.9, baseline="năm 2022"),
        subject="người nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp", period=Y23b),
    fig("trả 352,4 tỷ", "352,4", 352400000000, "money", "đồng",
        subject="số tiền chi trả trợ cấp thất nghiệp", period=Y23b),
    fig("tổ chức 70 phiên", "70", 70, "count", "phiên", status="target",
        subject="phiên giao dịch việc làm", period=Y24),
    fig("từ 20 đến 25%", "20", 20, "percent", "%", value_max=25, status="target",
        subject="tỷ lệ lao động trúng tuyển qua phiên", period=Y24),
]

COMMENTS = [
    "Sở LĐ-TB&XH Thanh Hóa (department site), no dateline: kết quả phiên giao dịch việc làm năm 2023 (invented).",
    "One-cell-per-line table with 'Đơn vị tính: người' and a '(%)' column header; rows are districts → location; subject = column label",
    "+ the table's topic. Table period from the title line 'năm 2023' (inherited, unscored).",
    "24 + 40 = 64 phiên after 'trong đó' → totals. '7.436 lao động …, đạt 19,4%' → percent attribute (no cue for a total 38.250).",
    "Not figures: address 'Số 35 Đại lộ Lê Lợi', phone 0237.3852.475, 'Tổng số lượt truy cập: 2.415.906'.",
    "'đặt mục tiêu' governs both figures of the last sentence → target.",
]

emit("p630-7", TEXT, COMMENTS, FIGS, published=None, location="Thanh Hóa")
