from lib import F, P, Y, build

TEXT = """
ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Hà Nam, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác quản lý đất đai 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cấp giấy chứng nhận quyền sử dụng đất
Thực hiện Kế hoạch số 48/KH-UBND ngày 15/01/2024, 6 tháng đầu năm, toàn tỉnh đã cấp 1.062 giấy chứng nhận lần đầu (đạt 53,1% kế hoạch năm), cấp đổi, cấp lại 2.418 giấy chứng nhận; diện tích cấp giấy lần đầu 97,6 ha. Kết quả theo địa phương tại Bảng 1.

Bảng 1. Kết quả cấp giấy chứng nhận lần đầu
Đơn vị tính: giấy chứng nhận
STT | Địa phương | Kế hoạch năm 2024 | Thực hiện 6 tháng đầu năm | Tỷ lệ (%)
1 | Thành phố Phủ Lý | 250 | 162 | 64,8
2 | Thị xã Duy Tiên | 300 | 171 | 57,0
3 | Thị xã Kim Bảng | 280 | 120 | 42,9
4 | Huyện Thanh Liêm | 350 | 205 | 58,6
5 | Huyện Bình Lục | 420 | 188 | 44,8
6 | Huyện Lý Nhân | 400 | 216 | 54,0
 | Toàn tỉnh | 2.000 | 1.062 | 53,1

2. Đăng ký biến động và thu tài chính về đất đai
Văn phòng Đăng ký đất đai và các chi nhánh đã giải quyết 18.734 hồ sơ đăng ký biến động, trong đó 17.950 hồ sơ đúng hạn, 784 hồ sơ quá hạn. Thu tiền sử dụng đất 6 tháng đầu năm đạt 1.245 tỷ đồng, bằng 41,5% dự toán năm, giảm 18,3% so với cùng kỳ năm 2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cấp thêm 938 giấy chứng nhận lần đầu để hoàn thành kế hoạch năm; hoàn thành cơ sở dữ liệu địa chính tại thị xã Kim Bảng trước ngày 30/11/2024.

Nơi nhận:
- Bộ TN&MT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN&TN.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
KH = Y(2024, "Kế hoạch năm 2024")
TH = P("Thực hiện 6 tháng đầu năm", "2024-01-01", "2024-06-30")

rows = [("Phủ Lý", "250", "162", "64,8"), ("Duy Tiên", "300", "171", "57,0"), ("Kim Bảng", "280", "120", "42,9"),
        ("Thanh Liêm", "350", "205", "58,6"), ("Bình Lục", "420", "188", "44,8"), ("Lý Nhân", "400", "216", "54,0"),
        (None, "2.000", "1.062", "53,1")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đã cấp 1.062 giấy", "1.062", 1062, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu đã cấp",
      percent=53.1, period=H1),
    F("cấp lại 2.418 giấy", "2.418", 2418, "count", "giấy chứng nhận", "giấy chứng nhận cấp đổi, cấp lại",
      period=H1),
    F("lần đầu 97,6 ha", "97,6", 97.6, "measure", "ha", "diện tích cấp giấy lần đầu", period=H1),
]
for place, kh, th, tl in rows:
    label = place if place else "Toàn tỉnh"
    loc = {"location": place} if place else {}
    F_ = lambda n, v, kind, unit, subj, **kw: FIGS.append(F(f"{label} | " + " | ".join(x for x in (kh, th, tl)[: n]),
                                                              (kh, th, tl)[n - 1], v, kind, unit, subj, **loc, **kw))
    F_(1, num(kh), "count", "giấy chứng nhận", "kế hoạch năm 2024 cấp giấy chứng nhận lần đầu", status="target",
       period=KH)
    F_(2, num(th), "count", "giấy chứng nhận", "thực hiện 6 tháng đầu năm cấp giấy chứng nhận lần đầu", period=TH)
    F_(3, num(tl), "percent", "%", "tỷ lệ cấp giấy chứng nhận lần đầu", period=H1i)

FIGS += [
    F("giải quyết 18.734 hồ sơ", "18.734", 18734, "count", "hồ sơ", "hồ sơ đăng ký biến động đã giải quyết",
      period=H1i),
    F("17.950 hồ sơ đúng hạn", "17.950", 17950, "count", "hồ sơ", "hồ sơ đúng hạn", total=18734, period=H1i),
    F("784 hồ sơ quá hạn", "784", 784, "count", "hồ sơ", "hồ sơ quá hạn", total=18734, period=H1i),
    F("đạt 1.245 tỷ đồng", "1.245", 1245e9, "money", "đồng", "thu tiền sử dụng đất", percent=41.5,
      change={"direction": "decrease", "value": 18.3, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("thêm 938 giấy", "938", 938, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu cấp thêm", status="target",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31", inh=True)),
]

build("p376-5", TEXT, FIGS, [
    "Formal report of UBND tỉnh Hà Nam, letterhead 'Số: 215/BC-UBND', place-and-date line 'Hà Nam, ngày 05 tháng 7 năm 2024'; land management, first half 2024.",
    "Flattened '|' table with 'Đơn vị tính: giấy chứng nhận' and a '(%)' column. Every numeric cell is a figure; row numbers (STT) are not.",
    "Plan column: status target, period 'Kế hoạch năm 2024'; result column: period from its header (year from the report); rate column: period inherited.",
    "District row labels go to location; the 'Toàn tỉnh' row keeps the default Hà Nam. No totals for table cells (as in probe 205).",
    "Distractors: 'Số: 215/BC-UBND', 'Kế hoạch số 48/KH-UBND ngày 15/01/2024', section numbers 'I.', '1.', '2.', 'II.', 'Bảng 1', 'trước ngày 30/11/2024', 'Lưu: VT'.",
    "'(đạt 53,1% kế hoạch năm)' is the percent of 1.062; 'bằng 41,5% dự toán năm' the percent of 1.245 tỷ; 'trong đó' gives totals 18.734.",
    "The first-paragraph '6 tháng đầu năm' takes 2024 from the Kế hoạch date and the title. '938' is a target in section II (period from its heading: inherited).",
], published="2024-07-05", location="Hà Nam")
