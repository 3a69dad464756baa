from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH KIÊN GIANG
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 418/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện liên kết sản xuất, tiêu thụ lúa gạo 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích và chủ thể liên kết
9 tháng năm 2024, toàn tỉnh thực hiện liên kết sản xuất và tiêu thụ lúa 96.420 ha, đạt 80,4% kế hoạch năm (120.000 ha), tăng 11,2% so với cùng kỳ. Có 31 doanh nghiệp, 118 hợp tác xã tham gia liên kết với 21.600 hộ nông dân.

Bảng 1. Diện tích và sản lượng lúa liên kết 9 tháng năm 2024
STT
Địa phương
Diện tích liên kết (ha)
Sản lượng tiêu thụ (tấn)
Tỷ lệ so với kế hoạch (%)
1
Giồng Riềng
24.500
171.500
85,1
2
Gò Quao
18.300
124.440
78,2
3
Hòn Đất
21.760
152.320
82,6
4
Tân Hiệp
15.860
114.190
88,1
5
Các huyện khác
16.000
108.800
66,7
Cộng
96.420
671.250
80,4

2. Chứng nhận và giá thu mua
Diện tích lúa được cấp chứng nhận đạt 12.350 ha, trong đó SRP 8.900 ha, VietGAP 3.050 ha, hữu cơ 400 ha. Giá lúa thu mua theo hợp đồng bình quân 7.250 đồng/kg, cao hơn 5,8% so với năm 2023.

II. NHIỆM VỤ QUÝ IV/2024
Tiếp tục triển khai Quyết định số 1490/QĐ-TTg; phấn đấu đến ngày 31/12/2024 toàn tỉnh đạt 120.000 ha lúa liên kết, trong đó diện tích tham gia Đề án 1 triệu ha đạt ít nhất 50.000 ha.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, P.TT.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
END = P("đến ngày 31/12/2024", None, "2024-12-31")
Y23 = None

COL = {"ha": "Diện tích liên kết", "t": "Sản lượng tiêu thụ", "p": "Tỷ lệ so với kế hoạch"}


def row(prev, label, ha, t, p, loc=None):
    """Three cells of one table row; anchors use the line before each cell."""
    out = []
    lab = "" if loc else " " + label
    kw = {"location": loc} if loc else {}
    out.append(F(f"{prev}\n{ha}\n", ha, float(ha.replace(".", "")), "measure", "ha", COL["ha"] + lab, I(M9), **kw))
    out.append(F(f"{ha}\n{t}\n", t, float(t.replace(".", "")), "measure", "tấn", COL["t"] + lab, I(M9), **kw))
    out.append(F(f"{t}\n{p}", p, float(p.replace(",", ".")), "percent", "%", COL["p"] + lab, I(M9), **kw))
    return out


FIGS = [
    F("lúa 96.420 ha", "96.420", 96420, "measure", "ha", "diện tích liên kết sản xuất và tiêu thụ lúa", M9, percent=80.4,
      target=T(120000, "ha"), change=C("increase", 11.2, "%", "cùng kỳ")),
    F("Có 31 doanh nghiệp", "31", 31, "count", "doanh nghiệp", "doanh nghiệp tham gia liên kết", I(M9)),
    F("118 hợp tác xã", "118", 118, "count", "hợp tác xã", "hợp tác xã tham gia liên kết", I(M9)),
    F("với 21.600 hộ", "21.600", 21600, "count", "hộ", "hộ nông dân tham gia liên kết", I(M9)),
]
FIGS += row("Giồng Riềng", "Giồng Riềng", "24.500", "171.500", "85,1", "Giồng Riềng")
FIGS += row("Gò Quao", "Gò Quao", "18.300", "124.440", "78,2", "Gò Quao")
FIGS += row("Hòn Đất", "Hòn Đất", "21.760", "152.320", "82,6", "Hòn Đất")
FIGS += row("Tân Hiệp", "Tân Hiệp", "15.860", "114.190", "88,1", "Tân Hiệp")
FIGS += row("Các huyện khác", "Các huyện khác", "16.000", "108.800", "66,7")
FIGS += row("Cộng", "Cộng", "96.420", "671.250", "80,4")
FIGS += [
    F("đạt 12.350 ha", "12.350", 12350, "measure", "ha", "diện tích lúa được cấp chứng nhận"),
    F("SRP 8.900 ha", "8.900", 8900, "measure", "ha", "diện tích lúa được cấp chứng nhận SRP", total=12350),
    F("VietGAP 3.050 ha", "3.050", 3050, "measure", "ha", "diện tích lúa được cấp chứng nhận VietGAP", total=12350),
    F("hữu cơ 400 ha", "400", 400, "measure", "ha", "diện tích lúa được cấp chứng nhận hữu cơ", total=12350),
    F("bình quân 7.250 đồng/kg", "7.250", 7250, "money", "đồng/kg", "giá lúa thu mua theo hợp đồng bình quân",
      change=C("increase", 5.8, "%", "năm 2023")),
    F("đạt 120.000 ha", "120.000", 120000, "measure", "ha", "diện tích lúa liên kết", END, status="target"),
    F("ít nhất 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích tham gia Đề án 1 triệu ha", END, approx="at_least",
      total=120000, status="target"),
    F("Đề án 1 triệu ha", "1", 1e6, "measure", "ha", "Đề án 1 triệu ha", optional=True),
]

COMMENTS = [
    "Formal report of Sở NN&PTNT Kiên Giang (letterhead 'Số: 418/BC-SNNPTNT', place-and-date line 'Kiên Giang, ngày 07 tháng 10 năm 2024').",
    "Table written ONE CELL PER LINE: STT | Địa phương | Diện tích liên kết (ha) | Sản lượng tiêu thụ (tấn) | Tỷ lệ so với kế hoạch (%).",
    "Every numeric cell is a figure; STT row numbers 1-5 are not. Unit from the column header; a district row label is the cell's location and",
    "the subject is the column label; 'Các huyện khác' and 'Cộng' are not places, so they join the subject and the province stays the location.",
    "Cell period from the caption 'Bảng 1 … 9 tháng năm 2024' (a line of its own → inherited). No totals for table cells.",
    "96.420 ha 'đạt 80,4% kế hoạch năm (120.000 ha)': share 80,4 and the plan in brackets as target 120.000 (not a figure of its own);",
    "change +11,2% vs cùng kỳ. Certified 12.350 ha with 'trong đó' parts (total 12.350); certified area/price have no period of their own.",
    "Targets 'phấn đấu đến ngày 31/12/2024 … 120.000 ha …, trong đó … ít nhất 50.000 ha' (at_least, total 120.000, as-of end).",
    "'Đề án 1 triệu ha' is the scheme's name (optional). Distractors: document numbers, 'Quyết định số 1490/QĐ-TTg', 'QUÝ IV/2024' heading,",
    "section numbers I., 1., 2., II., 'Bảng 1', 'Lưu: VT, P.TT'.",
]

emit("p365-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Kiên Giang")
