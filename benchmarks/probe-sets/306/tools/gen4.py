from lib import Doc, P, C, T

TEXT = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 118/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 24 tháng 7 năm 2023

BÁO CÁO
Tình hình phòng, chống bệnh Dịch tả lợn châu Phi 6 tháng đầu năm 2023

I. TÌNH HÌNH DỊCH BỆNH
Trong 6 tháng đầu năm 2023, bệnh Dịch tả lợn châu Phi xảy ra tại 11 ổ dịch thuộc 4 huyện; số lợn buộc phải tiêu hủy giảm 42,6% so với cùng kỳ năm 2022. Chi tiết theo bảng dưới đây:

Bảng 1. Kết quả tiêu hủy lợn mắc bệnh theo địa phương
Huyện | Số ổ dịch | Số lợn tiêu hủy (con) | Trọng lượng (kg)
Thọ Xuân | 4 | 386 | 24.150
Triệu Sơn | 3 | 251 | 16.820
Như Thanh | 2 | 178 | 9.460
Thạch Thành | 2 | 95 | 5.730
Tổng cộng | 11 | 910 | 56.160

Tính đến ngày 20/7/2023, toàn tỉnh còn 2 ổ dịch chưa qua 21 ngày tại huyện Triệu Sơn.

II. KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP PHÒNG, CHỐNG DỊCH
1. Hỗ trợ thiệt hại: Thực hiện Nghị định số 02/2017/NĐ-CP, UBND tỉnh đã hỗ trợ 1,36 tỷ đồng cho 142 hộ chăn nuôi có lợn bị tiêu hủy (mức 25.000 đồng/kg lợn hơi), trong đó ngân sách tỉnh 816 triệu đồng, chiếm 60%; ngân sách huyện 544 triệu đồng.
2. Tiêm phòng: 6 tháng đầu năm 2023, toàn tỉnh tiêm 48.600 liều vắc xin Dịch tả lợn châu Phi, bằng 40,5% kế hoạch năm; dự kiến 6 tháng cuối năm tiêm thêm khoảng 70.000 liều.

III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023
Phấn đấu đến hết năm 2023 tỷ lệ tiêm phòng đàn lợn đạt trên 80%; không để dịch lây lan ra diện rộng.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Cục Thú y;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Đức Giang
"""

d = Doc("p306-4", TEXT, [
    "Formal report with letterhead (UBND tỉnh Thanh Hóa, 'Số: 118/BC-UBND'); the place-and-date line 'Thanh Hóa, ngày 24 tháng 7 năm 2023' is its date.",
    "Flattened '|' table: header 'Huyện | Số ổ dịch | Số lợn tiêu hủy (con) | Trọng lượng (kg)'; units from the column headers; rows are districts",
    "(location), 'Tổng cộng' row is the province. Period '6 tháng đầu năm 2023' from the text and table title above (inherited). No total on table cells.",
    "'số lợn buộc phải tiêu hủy giảm 42,6% so với cùng kỳ năm 2022' has no base amount in its sentence: a percent figure (growth rate is the claim).",
    "Distractors: document number, 'Nghị định số 02/2017/NĐ-CP', section numbers I./II./III./1./2., 'Bảng 1', dates, 'Lưu: VT, NN', signer, 'chưa qua 21 ngày' (optional).",
    "'1,36 tỷ đồng …, trong đó ngân sách tỉnh 816 triệu đồng, chiếm 60%; ngân sách huyện 544 triệu đồng': parts with total, first with percent 60.",
    "revised after the first run: subject of '4 huyện' names the disease as the sentence does ('huyện có dịch Dịch tả lợn châu Phi'), as for the same figure in p306-1.",
    "'bằng 40,5% kế hoạch năm' is the percent of 48.600 liều; 'dự kiến 6 tháng cuối năm … khoảng 70.000 liều' forecast; 'Phấn đấu đến hết năm 2023 … trên 80%' target.",
], published="2023-07-24", location="Thanh Hóa")

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1i = dict(H1, inherited=True)

d.f("tại 11 ổ dịch", "11", 11, "count", "ổ dịch", "ổ dịch Dịch tả lợn châu Phi", period=H1)
d.f("thuộc 4 huyện", "4", 4, "count", "huyện", "huyện có dịch Dịch tả lợn châu Phi", period=H1)
d.f("giảm 42,6%", "42,6", 42.6, "percent", "%", "số lợn buộc phải tiêu hủy", period=H1)
rows = [("Thọ Xuân", "4", "386", "24.150"), ("Triệu Sơn", "3", "251", "16.820"), ("Như Thanh", "2", "178", "9.460"),
        ("Thạch Thành", "2", "95", "5.730"), ("Tổng cộng", "11", "910", "56.160")]
for name, a, b, c in rows:
    loc = "Thanh Hóa" if name == "Tổng cộng" else name
    sfx = " tổng cộng" if name == "Tổng cộng" else ""
    d.f(f"{name} | {a} |", a, int(a), "count", "ổ dịch", "Số ổ dịch" + sfx, period=H1i, location=loc)
    d.f(f"{a} | {b} |", b, int(b), "count", "con", "Số lợn tiêu hủy" + sfx, period=H1i, location=loc)
    d.f(f"{b} | {c}\n", c, int(c.replace(".", "")), "measure", "kg", "Trọng lượng lợn tiêu hủy" + sfx, period=H1i, location=loc)
d.f("còn 2 ổ dịch", "2", 2, "count", "ổ dịch", "ổ dịch chưa qua 21 ngày", period=P("Tính đến ngày 20/7/2023", None, "2023-07-20"),
    location="Triệu Sơn")
d.f("chưa qua 21 ngày", "21", 21, "measure", "ngày", "thời gian ổ dịch chưa qua", optional=True)
d.f("hỗ trợ 1,36 tỷ đồng", "1,36", 1360000000, "money", "đồng", "kinh phí hỗ trợ hộ chăn nuôi có lợn bị tiêu hủy", period=H1i)
d.f("cho 142 hộ", "142", 142, "count", "hộ chăn nuôi", "hộ chăn nuôi có lợn bị tiêu hủy được hỗ trợ", period=H1i)
d.f("mức 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "mức hỗ trợ lợn hơi")
d.f("tỉnh 816 triệu đồng", "816", 816000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", total=1360000000, percent=60, period=H1i)
d.f("huyện 544 triệu đồng", "544", 544000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách huyện", total=1360000000, period=H1i)
d.f("tiêm 48.600 liều", "48.600", 48600, "count", "liều", "vắc xin Dịch tả lợn châu Phi đã tiêm", percent=40.5, period=H1)
d.f("khoảng 70.000 liều", "70.000", 70000, "count", "liều", "vắc xin Dịch tả lợn châu Phi tiêm thêm", approx="about", status="forecast",
    period=P("6 tháng cuối năm", "2023-07-01", "2023-12-31"))
d.f("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng đàn lợn", approx="over", status="target",
    period=P("đến hết năm 2023", None, "2023-12-31"))
d.write()
