from lib import Doc, P

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H2i = P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inherited=True)

text = """SỞ XÂY DỰNG TỈNH QUẢNG NAM
Số: 2146/BC-SXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả cấp phép xây dựng và quản lý trật tự xây dựng 6 tháng đầu năm 2024

I. CÔNG TÁC CẤP PHÉP XÂY DỰNG
6 tháng đầu năm 2024, các cơ quan có thẩm quyền trên địa bàn tỉnh đã cấp 1.684 giấy phép xây dựng, bằng 46,8% kế hoạch năm, tăng 9,3% so với cùng kỳ. Trong đó, giấy phép xây dựng nhà ở riêng lẻ là 1.512 giấy phép (chiếm 89,8%), công trình khác 172 giấy phép.

Số liệu tại một số địa phương như sau:
Đơn vị tính: giấy phép, công trình
Địa phương | Giấy phép đã cấp | Công trình vi phạm | Đã xử lý | Tỷ lệ xử lý (%)
TP Tam Kỳ | 412 | 38 | 31 | 81,6
TP Hội An | 296 | 52 | 37 | 71,2
Thị xã Điện Bàn | 355 | 44 | 35 | 79,5
Huyện Núi Thành | 187 | 21 | 18 | 85,7

II. CÔNG TÁC QUẢN LÝ TRẬT TỰ XÂY DỰNG
Toàn tỉnh phát hiện 243 công trình vi phạm trật tự xây dựng, giảm 12 công trình so với cùng kỳ; đã xử lý 187 công trình, đạt 77%; xử phạt vi phạm hành chính với tổng số tiền 3,45 tỷ đồng. Còn 56 công trình chưa xử lý dứt điểm, tập trung tại TP Hội An và thị xã Điện Bàn.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cấp khoảng 1.900 giấy phép; tỷ lệ xử lý công trình vi phạm đạt từ 85% trở lên; kiểm tra 100% công trình được cấp phép trong quá trình thi công.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ Xây dựng;
- Lưu: VT, TTr.
GIÁM ĐỐC
Trần Văn Hưng
"""

d = Doc("p453-7", """
Formal report with letterhead (Sở Xây dựng tỉnh Quảng Nam, 'Số: 2146/BC-SXD'); the place-and-date line 'Quảng Nam, ngày 08 tháng 7 năm 2024'.
Flattened '|' table with 'Đơn vị tính: giấy phép, công trình' and a '(%)' column: every numeric cell is a figure; subject = column label,
the row's town/district is the location; unit from the column (giấy phép / công trình / %); period from the text above (inherited).
Distractors: document number, section numbers I./II./III., 'Lưu: VT, TTr', dates, signer.
'1.684 giấy phép, bằng 46,8% kế hoạch năm, tăng 9,3% so với cùng kỳ' -> percent 46.8 and change. 'Trong đó, … 1.512 … (chiếm 89,8%),
… 172 …' -> total 1684, 1.512 keeps its share 89.8. '187 công trình, đạt 77%' -> percent 77 (no part-of cue, no total).
'56 công trình … tập trung tại TP Hội An và thị xã Điện Bàn' is a provincial count (the places say where they are concentrated).
Section III heading gives the targets their period (inherited); 'từ 85% trở lên' -> at_least.
""", text, published="2024-07-08", location="Quảng Nam")

d.f("cấp 1.684 giấy phép", "1.684", 1684, "count", "giấy phép", "giấy phép xây dựng được cấp", H1, percent=46.8,
    change={"direction": "increase", "value": 9.3, "unit": "%", "baseline": "cùng kỳ"})
d.f("là 1.512 giấy phép", "1.512", 1512, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ", H1i, total=1684,
    percent=89.8)
d.f("khác 172 giấy phép", "172", 172, "count", "giấy phép", "giấy phép công trình khác", H1i, total=1684)
rows = [("TP Tam Kỳ", "Tam Kỳ", "412", "38", "31", "81,6"),
        ("TP Hội An", "Hội An", "296", "52", "37", "71,2"),
        ("Thị xã Điện Bàn", "Điện Bàn", "355", "44", "35", "79,5"),
        ("Huyện Núi Thành", "Núi Thành", "187", "21", "18", "85,7")]
for label, loc, a, b, c, r in rows:
    d.f(f"{label} | {a} |", a, int(a), "count", "giấy phép", "Giấy phép đã cấp", H1i, location=loc)
    d.f(f"{a} | {b} |", b, int(b), "count", "công trình", "Công trình vi phạm", H1i, location=loc)
    d.f(f"{b} | {c} |", c, int(c), "count", "công trình", "công trình vi phạm đã xử lý", H1i, location=loc)
    d.f(f"{c} | {r}\n", r, float(r.replace(",", ".")), "percent", "%", "Tỷ lệ xử lý", H1i, location=loc)
d.f("phát hiện 243 công trình", "243", 243, "count", "công trình", "công trình vi phạm trật tự xây dựng", H1i,
    change={"direction": "decrease", "value": 12, "unit": "công trình", "baseline": "cùng kỳ"})
d.f("xử lý 187 công trình", "187", 187, "count", "công trình", "công trình vi phạm đã xử lý", H1i, percent=77)
d.f("tiền 3,45 tỷ đồng", "3,45", 3.45e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", H1i, mult=1e9)
d.f("Còn 56 công trình", "56", 56, "count", "công trình", "công trình chưa xử lý dứt điểm", H1i)
d.f("khoảng 1.900 giấy phép", "1.900", 1900, "count", "giấy phép", "giấy phép xây dựng được cấp", H2i, approx="about",
    status="target")
d.f("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ xử lý công trình vi phạm", H2i, approx="at_least",
    status="target")
d.f("kiểm tra 100% công trình", "100", 100, "percent", "%", "công trình được cấp phép được kiểm tra trong quá trình thi công",
    H2i, status="target")
d.write()
