from lib import write, F, P, C, T
QI = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
Q23 = P("Quý III/2023", "2023-07-01", "2023-09-30")
Q24 = P("Quý III/2024", "2024-07-01", "2024-09-30")
text = """UBND HUYỆN THANH HÀ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hà, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm trật tự, an toàn giao thông đường thủy nội địa quý III/2024

Thực hiện Công văn số 1352/SGTVT-QLGT ngày 12/9/2024 của Sở Giao thông vận tải tỉnh Hải Dương, UBND huyện Thanh Hà báo cáo như sau:

I. TÌNH HÌNH CHUNG
Toàn huyện có 14 bến đò ngang với 31 phương tiện chở khách, trong đó 28 phương tiện đã được đăng ký, đăng kiểm (đạt 90,3%); 3 phương tiện cũ đã dừng hoạt động. Có 42/45 người lái phương tiện có bằng, chứng chỉ chuyên môn. Tổng số áo phao trang bị trên các phương tiện là 426 chiếc, bình quân 13,7 chiếc/phương tiện.

II. KẾT QUẢ THỰC HIỆN
Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu
Đơn vị tính
Quý III/2023
Quý III/2024
So sánh (%)
Lượt khách qua bến
lượt khách
186.420
173.950
93,3
Lượt phương tiện qua bến
lượt xe
98.760
104.310
105,6
Số cuộc kiểm tra
cuộc
12
18
150,0
Số trường hợp vi phạm
trường hợp
27
19
70,4

Lượt khách qua bến giảm do cầu Quang Thanh đưa vào khai thác từ tháng 7/2024. Trong quý, huyện đã xử phạt vi phạm hành chính với tổng số tiền 37,5 triệu đồng, chủ yếu lỗi chở quá số người quy định và không mặc áo phao.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu 100% bến đò ngang được cấp phép hoạt động trước ngày 31/12/2024; cấp phát thêm 150 áo phao cho 5 xã ven sông Rạng; không để xảy ra tai nạn đường thủy nội địa.

Nơi nhận:
- Sở GTVT tỉnh Hải Dương;
- Lưu: VT.
"""
rows = [("Lượt khách qua bến", "lượt khách", "186.420", "173.950", "93,3"),
        ("Lượt phương tiện qua bến", "lượt xe", "98.760", "104.310", "105,6"),
        ("Số cuộc kiểm tra", "cuộc", "12", "18", "150,0"),
        ("Số trường hợp vi phạm", "trường hợp", "27", "19", "70,4")]
def num(x):
    return float(x.replace(".", "").replace(",", "."))
figs = [
    F("có 14 bến", "14", 14, "count", "bến đò ngang", "bến đò ngang", period=QI),
    F("với 31 phương tiện", "31", 31, "count", "phương tiện", "phương tiện chở khách", period=QI),
    F("trong đó 28 phương tiện", "28", 28, "count", "phương tiện", "phương tiện đã được đăng ký, đăng kiểm", total=31, percent=90.3, period=QI),
    F("; 3 phương tiện", "3", 3, "count", "phương tiện", "phương tiện cũ đã dừng hoạt động", total=31, period=QI),
    F("Có 42/45", "42", 42, "count", "người lái", "người lái phương tiện có bằng, chứng chỉ chuyên môn", total=45, period=QI),
    F("là 426 chiếc", "426", 426, "count", "chiếc", "tổng số áo phao trang bị trên các phương tiện", period=QI),
    F("bình quân 13,7", "13,7", 13.7, "measure", "chiếc/phương tiện", "áo phao bình quân trên mỗi phương tiện", period=QI),
]
for label, unit, a, b, r in rows:
    figs += [
        F(f"{unit}\n{a}", a, num(a), "count", unit, f"{label} Quý III/2023", period=Q23),
        F(f"{a}\n{b}", b, num(b), "count", unit, f"{label} Quý III/2024", period=Q24),
        F(f"{b}\n{r}", r, num(r), "percent", "%", f"{label} So sánh", period=P("Quý III/2024", "2024-07-01", "2024-09-30", inherited=True)),
    ]
figs += [
    F("số tiền 37,5 triệu", "37,5", 37500000, "money", "đồng", "tiền xử phạt vi phạm hành chính",
      period=P("Trong quý", "2024-07-01", "2024-09-30")),
    F("Phấn đấu 100% bến", "100", 100, "percent", "%", "bến đò ngang được cấp phép hoạt động", status="target",
      period=P("trước ngày 31/12/2024", None, "2024-12-31")),
    F("thêm 150 áo phao", "150", 150, "count", "áo phao", "áo phao cấp phát thêm", status="target",
      period=P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)),
    F("cho 5 xã", "5", 5, "count", "xã", "xã ven sông Rạng được cấp phát áo phao", status="target", optional=True),
]
write("p400-7", text, figs, published="2024-10-04", location="Thanh Hà", comments=[
    "Formal report of UBND huyện Thanh Hà (Hải Dương), letterhead 'Số: 287/BC-UBND', place-and-date line '04 tháng 10 năm 2024': waterway safety Q3/2024.",
    "Table written one cell per line (Chỉ tiêu | Đơn vị tính | Quý III/2023 | Quý III/2024 | So sánh (%)): every numeric cell a figure; unit from",
    "the 'Đơn vị tính' cell of its row, '%' for the comparison column; subject = row label + column label; period from the column header (scored);",
    "the comparison column has no period of its own (inherited from the report period, not scored). '42/45': total 45. '28 … (đạt 90,3%)'.",
    "Report period 'quý III/2024' stands only in the title: section I figures inherit it. 'Trong quý' stated in its sentence. Section III targets",
    "('Phấn đấu' governs the continuing clauses); '5 xã' optional. Distractors: Số 287/BC-UBND, Công văn số 1352/SGTVT-QLGT ngày 12/9/2024,",
    "section numbers I/II/III, 'Bảng 1', 'tháng 7/2024', 'Lưu: VT'.",
])
