"""p1120-2: district portal (huyện Yên Thành, Nghệ An), launch of the summer-autumn rat campaign 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ | Tin tức | Kinh tế | Nông nghiệp

Yên Thành ra quân diệt chuột bảo vệ lúa hè thu

Ngày đăng: 12/06/2024 | Người đăng: Phòng Nông nghiệp và PTNT

Sáng 11/6, tại cánh đồng xã Hoa Thành, UBND huyện Yên Thành tổ chức lễ ra quân diệt chuột bảo vệ sản xuất vụ hè thu năm 2024 với sự tham gia của hơn 300 nông dân.

Theo Phòng Nông nghiệp và PTNT huyện, vụ xuân vừa qua chuột gây hại 412 ha lúa, trong đó 65 ha bị hại nặng (tỷ lệ hại trên 20%), tập trung ở các xã Hoa Thành, Văn Thành, Tăng Thành. Vụ hè thu, toàn huyện gieo cấy 9.850 ha lúa; qua điều tra, mật độ chuột ở nhiều cánh đồng từ 3 đến 5 con/sào, cao gấp 2 lần so với cùng kỳ.

Để chủ động phòng trừ, huyện đã cấp 1,2 tấn thuốc bả sinh học cho 17/39 xã, thị trấn với kinh phí 186 triệu đồng; mỗi hộ tham gia được nhận hai gói bả. Huyện duy trì mức thưởng 1.500 đồng/đuôi chuột, các xã Hoa Thành, Công Thành bổ sung thêm 500 đồng/đuôi. Thành viên các đội diệt chuột được hỗ trợ 100.000 đồng/người/đợt ra quân.

Tại xã Văn Thành, HTX Nông nghiệp Văn Thành thành lập 8 đội diệt chuột với 96 thành viên. Từ ngày 1/5 đến ngày 10/6, các đội đã bắt và diệt 27.400 con chuột, nhận gần 41 triệu đồng tiền thưởng. Nhờ vậy, diện tích lúa bị hại của xã giảm từ 58 ha ở vụ trước xuống còn 9 ha.

Huyện phấn đấu trong vụ hè thu diệt ít nhất 150.000 con chuột, không để diện tích bị chuột hại nặng vượt quá 1% diện tích gieo cấy.

UBND HUYỆN YÊN THÀNH
Địa chỉ: Khối 1, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An
Điện thoại: 0238.3864.125
"""

MAYJUN = P("Từ ngày 1/5 đến ngày 10/6", "2024-05-01", "2024-06-10")
VT = "HTX Nông nghiệp Văn Thành"

FIGS = [
    F("hơn 300 nông dân", "300", 300, "count", "nông dân", approx="over",
      subject="nông dân tham gia lễ ra quân diệt chuột"),
    F("gây hại 412 ha", "412", 412, "measure", "ha", subject="diện tích lúa bị chuột gây hại vụ xuân"),
    F("trong đó 65 ha", "65", 65, "measure", "ha", total=412, subject="diện tích lúa bị hại nặng vụ xuân"),
    F("trên 20%", "20", 20, "percent", "%", approx="over", optional=True,
      subject="tỷ lệ hại (ngưỡng hại nặng)"),
    F("cấy 9.850 ha", "9.850", 9850, "measure", "ha", subject="diện tích lúa hè thu gieo cấy"),
    F("từ 3 đến 5 con/sào", "3", 3, "measure", "con/sào", value_max=5,
      change=C("increase", 2, "lần", "cùng kỳ"), subject="mật độ chuột ở nhiều cánh đồng"),
    F("1,2 tấn", "1,2", 1.2, "measure", "tấn", subject="thuốc bả sinh học huyện đã cấp"),
    F("cho 17/39 xã", "17", 17, "count", "xã, thị trấn", total=39,
      subject="xã, thị trấn được cấp thuốc bả sinh học"),
    F("186 triệu", "186", 186000000, "money", "đồng", subject="kinh phí cấp thuốc bả sinh học"),
    F("hai gói bả", "hai", 2, "measure", "gói bả/hộ", subject="gói bả mỗi hộ tham gia được nhận"),
    F("1.500 đồng/đuôi", "1.500", 1500, "money", "đồng/đuôi", subject="mức thưởng đuôi chuột của huyện"),
    F("thêm 500 đồng/đuôi", "500", 500, "money", "đồng/đuôi",
      subject="mức thưởng bổ sung của các xã Hoa Thành, Công Thành"),
    F("100.000 đồng/người/đợt", "100.000", 100000, "money", "đồng/người/đợt",
      subject="hỗ trợ thành viên các đội diệt chuột"),
    F("8 đội", "8", 8, "count", "đội diệt chuột", subject="đội diệt chuột " + VT + " thành lập"),
    F("96 thành viên", "96", 96, "count", "thành viên", subject="thành viên các đội diệt chuột " + VT),
    F("diệt 27.400 con", "27.400", 27400, "count", "con chuột",
      subject="chuột các đội đã bắt và diệt", period=MAYJUN),
    F("gần 41 triệu", "41", 41000000, "money", "đồng", approx="nearly",
      subject="tiền thưởng các đội diệt chuột nhận", period=MAYJUN),
    F("từ 58 ha", "58", 58, "measure", "ha", optional=True,
      subject="diện tích lúa bị hại của xã Văn Thành vụ trước"),
    F("còn 9 ha", "9", 9, "measure", "ha", subject="diện tích lúa bị hại của xã Văn Thành"),
    F("ít nhất 150.000 con", "150.000", 150000, "count", "con chuột", approx="at_least", status="target",
      subject="chuột diệt trong vụ hè thu"),
    F("quá 1%", "1", 1, "percent", "%", approx="at_most", status="target",
      subject="diện tích bị chuột hại nặng so với diện tích gieo cấy"),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): launch of the hè thu 2024 rat campaign. 'Ngày đăng: 12/06/2024' (published).",
    "Distractors: 'Sáng 11/6', 'Khối 1', phone 0238.3864.125, dates 1/5 and 10/6 (period, year from the dateline).",
    "'(tỷ lệ hại trên 20%)' defines 'hại nặng' (threshold, optional). 'từ 58 ha … xuống còn 9 ha': 9 ha is the figure; 58 ha (the earlier level) optional.",
    "'cao gấp 2 lần so với cùng kỳ' is the change of the density range. 'mỗi hộ … hai gói bả' is a per-household rate (number word).",
    "Crop-season phrases (vụ xuân, vụ hè thu) give no calendar period: no gold period. 'không để … vượt quá 1%' → at_most, target.",
    "Default location Yên Thành (district portal; the xã and HTX lie in it).",
]

if __name__ == "__main__":
    write("p1120-2", TEXT, NOTES, FIGS, published="2024-06-12", location="Yên Thành")
